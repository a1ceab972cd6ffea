package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.renderfarm.renderfarmfi.model.OAuthToken;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.engine.RequestSigner;
import io.farmroutes.spi.engine.ServiceDefinition;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.oauth.OAuthCredentials;
import io.farmroutes.spi.oauth.OAuthEncoding;
import io.farmroutes.spi.oauth.OAuthSigner;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParameterDescriptor;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.xml.BodyText;
import io.farmroutes.spi.xmlrpc.XmlRpcCall;
import io.farmroutes.spi.xmlrpc.XmlRpcCodec;
import io.farmroutes.spi.xmlrpc.XmlRpcFault;
import io.farmroutes.spi.xmlrpc.XmlRpcMessage;
import io.farmroutes.spi.xmlrpc.XmlRpcResponse;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Renderfarm.fi as the engine sees it: one URL per method, XML-RPC calls signed with OAuth 1.0 (the body is
 * not signed), the token endpoints answering form-encoded pairs or an XML-RPC struct, faults as typed errors.
 */
final class RenderfarmFiService implements ServiceDefinition<FarmSettings> {

    static final String XML_CONTENT_TYPE = "text/xml; charset=UTF-8";
    /** The service's own host; each page gives its scheme (§1). */
    static final String DEFAULT_HOST = "xmlrpc.renderfarm.fi";

    private final XmlRpcCodec codec = XmlRpcCodec.standard();
    private final RenderfarmFiSigner signer;

    RenderfarmFiService(OAuthSigner oauth) {
        this.signer = new RenderfarmFiSigner(oauth, codec);
    }

    @Override
    public String serviceName() {
        return RenderfarmFiCatalog.SERVICE_NAME;
    }

    @Override
    public OperationCatalog catalog() {
        return RenderfarmFiCatalog.catalog();
    }

    @Override
    public RequestSigner<FarmSettings> signer() {
        return signer;
    }

    @Override
    public CompletableFuture<WireRequest> prepare(OperationDescriptor op, Map<String, Object> parameters,
                                                  FarmSettings settings, OperationInvoker<FarmSettings> invoker) {
        String label = catalog().label(op.endpoint());
        checkPlacement(label, settings);
        URI url = methodUrl(op, settings);
        WireRequest request = new WireRequest(op.httpMethod(), url.getScheme() + "://" + url.getRawAuthority(),
                url.getRawPath());
        request.attribute(RenderfarmFiSigner.CREDENTIALS, credentials(label, op, parameters, settings));
        request.attribute(RenderfarmFiSigner.EXTRA_PROTOCOL, extraProtocol(op, parameters));
        if (RenderfarmFiCatalog.XMLRPC.equals(op.hint(RenderfarmFiCatalog.BODY).orElse(""))) {
            String methodName = url.getRawPath().substring(url.getRawPath().lastIndexOf('/') + 1);
            List<Object> arguments = new ArrayList<>();
            for (ParameterDescriptor p : op.parameters()) {
                if (p.location() == ParamLocation.XMLRPC_ARG && parameters.containsKey(p.name())) {
                    arguments.add(parameters.get(p.name()));
                }
            }
            request.attribute(RenderfarmFiSigner.METHOD_NAME, methodName);
            request.attribute(RenderfarmFiSigner.ARGUMENTS, List.copyOf(arguments));
            request.rawBody(codec.encode(new XmlRpcCall(methodName, arguments)), XML_CONTENT_TYPE);
        }
        return CompletableFuture.completedFuture(request);
    }

    private static void checkPlacement(String label, FarmSettings settings) {
        settings.text("oauthPlacement").ifPresent(placement -> {
            String p = placement.toLowerCase(Locale.ROOT);
            if (!p.equals("header") && !p.equals("query")) {
                throw new InvalidParameterException(label, "oauthPlacement",
                        "is '" + placement + "'; use header or query");
            }
        });
    }

    /**
     * baseUrl (an emulator, a mirror) + the method's path; without it the service's host, over https for
     * community.getSession and http for the rest as its pages say. An operationPaths entry may be a whole URL.
     */
    static URI methodUrl(OperationDescriptor op, FarmSettings settings) {
        if (op.path().startsWith("http://") || op.path().startsWith("https://")) {
            return URI.create(op.path());
        }
        String base = settings.text("baseUrl").orElseGet(() ->
                (op.endpoint().equals("community/getSession") ? "https://" : "http://") + DEFAULT_HOST);
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + (op.path().startsWith("/") ? op.path() : "/" + op.path()));
    }

    private static OAuthCredentials credentials(String label, OperationDescriptor op, Map<String, Object> parameters,
                                                FarmSettings settings) {
        String consumerKey = required(label, settings, "consumerKey");
        String consumerSecret = required(label, settings, "consumerSecret");
        OAuthCredentials consumer = OAuthCredentials.consumer(consumerKey, consumerSecret);
        return switch (op.hint(RenderfarmFiCatalog.SIGNED_WITH).orElse(RenderfarmFiCatalog.ACCESS_TOKEN)) {
            case RenderfarmFiCatalog.CONSUMER_ONLY -> consumer;
            case RenderfarmFiCatalog.REQUEST_TOKEN -> consumer.withToken((String) parameters.get("requestToken"),
                    (String) parameters.get("requestTokenSecret"));
            default -> consumer.withToken(required(label, settings, "accessToken"),
                    required(label, settings, "accessTokenSecret"));
        };
    }

    private static String required(String label, FarmSettings settings, String option) {
        return settings.text(option).orElseThrow(() -> new InvalidParameterException(label, option,
                "is required for Renderfarm.fi: set the component or endpoint option " + option));
    }

    private static Map<String, String> extraProtocol(OperationDescriptor op, Map<String, Object> parameters) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String name : List.of("callback", "verifier")) {
            Object value = parameters.get(name);
            if (value != null) {
                extra.put(op.parameter(name).orElseThrow().wireName(), value.toString());
            }
        }
        return extra;
    }

    @Override
    public Object decode(OperationDescriptor op, HttpResult answer, FarmSettings settings, String endpoint) {
        boolean tokenEndpoint = RenderfarmFiCatalog.NONE.equals(op.hint(RenderfarmFiCatalog.BODY).orElse(""));
        if (tokenEndpoint) {
            return tokenAnswer(op, answer, settings, endpoint);
        }
        if (answer.status() != 200) {
            throw httpError(answer, endpoint);
        }
        XmlRpcMessage message = codec.decodeResponse(answer.body(), answer.charset(), endpoint);
        if (message instanceof XmlRpcFault fault) {
            throw new RenderfarmFiFault(endpoint, fault.code(), fault.message());
        }
        try {
            return op.resultReader().read(((XmlRpcResponse) message).value());
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException(endpoint, "the result does not have the documented shape: "
                    + e.getMessage(), null, e);
        }
    }

    /** The token endpoints answer OAuth's form-encoded pairs, or an XML-RPC struct with the same members (§5.1). */
    private Object tokenAnswer(OperationDescriptor op, HttpResult answer, FarmSettings settings, String endpoint) {
        Map<String, String> fields = tokenFields(answer, endpoint);
        String problem = fields.get("oauth_problem");
        if (problem != null) {
            RenderfarmFiOAuthException refused = new RenderfarmFiOAuthException(endpoint, problem, answer.status());
            if (op.endpoint().equals(RenderfarmFiCatalog.LOGOUT) && refused.isTokenGone()) {
                return null; // logging out twice leaves the token as revoked as the first time did
            }
            throw refused;
        }
        if (answer.status() != 200) {
            throw httpError(answer, endpoint);
        }
        if (op.endpoint().equals(RenderfarmFiCatalog.LOGOUT)) {
            return null;
        }
        String token = fields.get("oauth_token");
        String secret = fields.get("oauth_token_secret");
        if (token == null || token.isBlank() || secret == null) {
            throw new MalformedResponseException(endpoint, "the answer carries no oauth_token and"
                    + " oauth_token_secret", null, null);
        }
        String authorize = op.endpoint().equals("oauth/requestToken") ? authorizationUrl(settings, token) : null;
        return new OAuthToken(token, secret, authorize);
    }

    private Map<String, String> tokenFields(HttpResult answer, String endpoint) {
        String text = BodyText.decode(answer.body(), answer.charset()).strip();
        Map<String, String> fields = new LinkedHashMap<>();
        if (text.startsWith("<")) {
            XmlRpcMessage message = codec.decodeResponse(answer.body(), answer.charset(), endpoint);
            if (message instanceof XmlRpcFault fault) {
                throw new RenderfarmFiFault(endpoint, fault.code(), fault.message());
            }
            Object value = ((XmlRpcResponse) message).value();
            if (value instanceof Map<?, ?> struct) {
                struct.forEach((name, member) -> fields.put(String.valueOf(name), String.valueOf(member)));
            }
            return fields;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    throw new MalformedResponseException(endpoint, "the token answer is not form-encoded (a bad"
                            + " %-escape)", BodyText.excerpt(text, 120), null);
                }
            }
        }
        return fields;
    }

    /** Where to send the user to authorize a request token (§5.2): the browser page, over https by default. */
    static String authorizationUrl(FarmSettings settings, String requestToken) {
        String base = settings.text("baseUrl").orElse("https://" + DEFAULT_HOST);
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + "/oauth.authorize?oauth_token=" + OAuthEncoding.encode(requestToken);
    }

    private static TransportException httpError(HttpResult answer, String endpoint) {
        return new TransportException(endpoint, "HTTP " + answer.status() + " instead of an XML-RPC answer: "
                + BodyText.excerpt(BodyText.decode(answer.body(), answer.charset()), 120), answer.status(),
                answer.isTransientStatus(), null);
    }
}
