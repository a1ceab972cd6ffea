package io.farmroutes.spi.oauth;

import io.farmroutes.spi.http.WireRequest;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Signs requests with OAuth 1.0 HMAC-SHA1: a fresh timestamp and nonce for each call, the query and any
 * form-encoded body signed with the protocol parameters, other bodies (XML-RPC) not signed.
 */
public final class OAuthSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Supplier<String> nonces;

    public OAuthSigner(Clock clock, Supplier<String> nonces) {
        this.clock = clock;
        this.nonces = nonces;
    }

    /** System clock and 128-bit random nonces. */
    public static OAuthSigner standard() {
        return new OAuthSigner(Clock.systemUTC(), OAuthSigner::randomNonce);
    }

    private static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The protocol parameters of one request, {@code oauth_signature} last.
     *
     * @param signedParameters the request's own parameters that are signed (query and form pairs)
     * @param extraProtocol    further {@code oauth_*} parameters, e.g. {@code oauth_callback}, {@code oauth_verifier}
     * @param includeVersion   whether to send {@code oauth_version=1.0}, which OAuth 1.0 makes optional
     */
    public Map<String, String> protocolParameters(String httpMethod, URI uri,
                                                  List<Map.Entry<String, String>> signedParameters,
                                                  OAuthCredentials credentials, Map<String, String> extraProtocol,
                                                  boolean includeVersion) {
        Map<String, String> protocol = new LinkedHashMap<>();
        protocol.put("oauth_consumer_key", credentials.consumerKey());
        if (credentials.hasToken()) {
            protocol.put("oauth_token", credentials.token());
        }
        protocol.put("oauth_signature_method", OAuthSignature.METHOD);
        protocol.put("oauth_timestamp", Long.toString(clock.instant().getEpochSecond()));
        protocol.put("oauth_nonce", nonces.get());
        if (includeVersion) {
            protocol.put("oauth_version", "1.0");
        }
        protocol.putAll(extraProtocol);
        List<Map.Entry<String, String>> all = new ArrayList<>(signedParameters);
        protocol.forEach((name, value) -> all.add(new SimpleImmutableEntry<>(name, value)));
        String base = OAuthSignature.baseString(httpMethod, uri, all);
        protocol.put("oauth_signature", OAuthSignature.sign(base, credentials.consumerSecret(),
                credentials.tokenSecret()));
        return protocol;
    }

    /** Signs the request in place: its query and form pairs are signed, the parameters go where placement says. */
    public void sign(WireRequest request, OAuthCredentials credentials, Map<String, String> extraProtocol,
                     OAuthPlacement placement, boolean includeVersion) {
        List<Map.Entry<String, String>> signed = new ArrayList<>(request.query());
        signed.addAll(request.form());
        Map<String, String> protocol = protocolParameters(request.method(), URI.create(request.url()), signed,
                credentials, extraProtocol, includeVersion);
        if (placement == OAuthPlacement.QUERY) {
            protocol.forEach(request::addQuery);
        } else {
            request.header("Authorization", authorizationHeader(protocol));
        }
    }

    /** The {@code Authorization} header value: each value percent-encoded inside double quotes. */
    public static String authorizationHeader(Map<String, String> protocol) {
        return "OAuth " + protocol.entrySet().stream()
                .map(e -> OAuthEncoding.encode(e.getKey()) + "=\"" + OAuthEncoding.encode(e.getValue()) + '"')
                .collect(Collectors.joining(", "));
    }
}
