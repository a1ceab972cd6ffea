package io.farmroutes.sandbox.renderfarmfi;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The provider's reading of the OAuth 1.0 HMAC-SHA1 recipe (spec §2, RFC 5849 §3.4), written apart from any
 * client so that a misreading shared by both sides cannot go unnoticed.
 */
public final class OAuthSignature {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private OAuthSignature() {
    }

    /** Percent-encodes the UTF-8 bytes of {@code text}, keeping only {@code A-Z a-z 0-9 - . _ ~}; upper-case hex. */
    public static String pct(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0f]);
            }
        }
        return out.toString();
    }

    /**
     * The base string URI: lower-case scheme and host, the port only when it is not the scheme's default, the
     * path as sent, no query.
     *
     * @param authority the request's {@code Host} header value, e.g. {@code 127.0.0.1:41234}
     */
    public static String baseUri(String scheme, String authority, String path) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        String host = authority.toLowerCase(Locale.ROOT);
        String port = "";
        int colon = host.lastIndexOf(':');
        // an IPv6 literal has colons of its own; a port follows only the closing bracket
        if (colon > host.lastIndexOf(']')) {
            port = host.substring(colon + 1);
            host = host.substring(0, colon);
        }
        boolean defaultPort = port.isEmpty() || lowerScheme.equals("http") && port.equals("80")
                || lowerScheme.equals("https") && port.equals("443");
        return lowerScheme + "://" + host + (defaultPort ? "" : ":" + port) + (path.isEmpty() ? "/" : path);
    }

    /** Every pair encoded, sorted by encoded name and then encoded value, joined as {@code n=v&n=v}. */
    public static String normalizedParameters(List<Map.Entry<String, String>> parameters) {
        List<Map.Entry<String, String>> encoded = new ArrayList<>(parameters.size());
        for (Map.Entry<String, String> p : parameters) {
            encoded.add(Map.entry(pct(p.getKey()), pct(p.getValue())));
        }
        // after encoding every character is ASCII, so String order is byte order as the RFC asks
        encoded.sort(Comparator.<Map.Entry<String, String>, String>comparing(Map.Entry::getKey)
                .thenComparing(Map.Entry::getValue));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : encoded) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(p.getKey()).append('=').append(p.getValue());
        }
        return out.toString();
    }

    /**
     * {@code METHOD&pct(base URI)&pct(normalized parameters)}.
     *
     * @param parameters every signed pair: protocol parameters without {@code oauth_signature} and
     *                   {@code realm}, query parameters and form-body parameters
     */
    public static String baseString(String httpMethod, String baseUri, List<Map.Entry<String, String>> parameters) {
        return httpMethod.toUpperCase(Locale.ROOT) + "&" + pct(baseUri) + "&" + pct(normalizedParameters(parameters));
    }

    /** Base64 of HMAC-SHA1 keyed {@code pct(consumerSecret)&pct(tokenSecret)}; the '&' stays without a token. */
    public static String sign(String consumerSecret, String tokenSecret, String baseString) {
        String key = pct(consumerSecret) + "&" + pct(tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
