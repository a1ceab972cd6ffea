package io.farmroutes.spi.oauth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMAC-SHA1 signature of RFC 5849 §3.4: base string from method, URI and parameters, then the MAC. */
public final class OAuthSignature {

    public static final String METHOD = "HMAC-SHA1";

    private OAuthSignature() {
    }

    /**
     * The signature base string (§3.4.1).
     *
     * @param parameters every parameter that is signed, decoded (protocol, query and form parameters; never
     *                   {@code oauth_signature} or {@code realm}); names may repeat
     */
    public static String baseString(String httpMethod, URI uri, List<Map.Entry<String, String>> parameters) {
        return httpMethod.toUpperCase(Locale.ROOT) + '&' + OAuthEncoding.encode(baseStringUri(uri)) + '&'
               + OAuthEncoding.encode(normalizedParameters(parameters));
    }

    /** Scheme and host in lower case, the port only when it is not the scheme's default, the path; no query. */
    public static String baseStringUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        if (!defaultPort) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath();
        out.append(path == null || path.isEmpty() ? "/" : path);
        return out.toString();
    }

    /** §3.4.1.3.2: encode names and values, sort by name then value, join with '=' and '&'. */
    public static String normalizedParameters(List<Map.Entry<String, String>> parameters) {
        List<String[]> encoded = new ArrayList<>(parameters.size());
        for (Map.Entry<String, String> p : parameters) {
            encoded.add(new String[] {OAuthEncoding.encode(p.getKey()),
                    OAuthEncoding.encode(p.getValue() == null ? "" : p.getValue())});
        }
        // the encoded forms are ASCII, so String order is the byte order the RFC asks for
        encoded.sort(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
        return encoded.stream().map(pair -> pair[0] + '=' + pair[1]).collect(Collectors.joining("&"));
    }

    /** Base64 of HMAC-SHA1 keyed with {@code pct(consumerSecret)&pct(tokenSecret)}; a missing token secret is empty. */
    public static String sign(String baseString, String consumerSecret, String tokenSecret) {
        String key = OAuthEncoding.encode(consumerSecret) + '&' + OAuthEncoding.encode(tokenSecret == null ? ""
                : tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available in this JDK", e);
        }
    }
}
