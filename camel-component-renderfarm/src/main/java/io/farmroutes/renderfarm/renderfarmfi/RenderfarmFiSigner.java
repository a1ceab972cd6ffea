package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.spi.engine.RequestSigner;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.oauth.OAuthCredentials;
import io.farmroutes.spi.oauth.OAuthPlacement;
import io.farmroutes.spi.oauth.OAuthSigner;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.xmlrpc.XmlRpcCall;
import io.farmroutes.spi.xmlrpc.XmlRpcCodec;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OAuth 1.0 HMAC-SHA1 for every attempt. Most requests carry the parameters in the Authorization header (or the
 * query); community.getSession carries them as its first XML-RPC argument, so its body is written here, after
 * the signature (§5.7).
 */
final class RenderfarmFiSigner implements RequestSigner<FarmSettings> {

    static final String CREDENTIALS = "renderfarmfi.credentials";
    static final String EXTRA_PROTOCOL = "renderfarmfi.extraProtocol";
    static final String ARGUMENTS = "renderfarmfi.arguments";
    static final String METHOD_NAME = "renderfarmfi.methodName";

    private final OAuthSigner signer;
    private final XmlRpcCodec codec;

    RenderfarmFiSigner(OAuthSigner signer, XmlRpcCodec codec) {
        this.signer = signer;
        this.codec = codec;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sign(WireRequest request, OperationDescriptor operation, FarmSettings settings) {
        OAuthCredentials credentials = (OAuthCredentials) request.attribute(CREDENTIALS);
        Map<String, String> extra = (Map<String, String>) request.attribute(EXTRA_PROTOCOL);
        boolean version = settings.text("oauthVersion").map(Boolean::parseBoolean).orElse(false);
        if (operation.hint(RenderfarmFiCatalog.OAUTH_IN_ARGUMENTS).isPresent()) {
            Map<String, String> protocol = signer.protocolParameters(request.method(), URI.create(request.url()),
                    List.of(), credentials, extra, version);
            List<Object> arguments = new ArrayList<>();
            arguments.add(Map.copyOf(protocol));
            arguments.addAll((List<Object>) request.attribute(ARGUMENTS));
            request.rawBody(codec.encode(new XmlRpcCall((String) request.attribute(METHOD_NAME), arguments)),
                    RenderfarmFiService.XML_CONTENT_TYPE);
            return;
        }
        signer.sign(request, credentials, extra, placement(settings), version);
    }

    private static OAuthPlacement placement(FarmSettings settings) {
        return settings.text("oauthPlacement")
                .map(text -> OAuthPlacement.valueOf(text.toUpperCase(Locale.ROOT)))
                .orElse(OAuthPlacement.HEADER);
    }
}
