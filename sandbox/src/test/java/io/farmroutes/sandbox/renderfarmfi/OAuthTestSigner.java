package io.farmroutes.sandbox.renderfarmfi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' own OAuth 1.0 HMAC-SHA1 signer, written from RFC 5849 without looking at the emulator's: it encodes
 * through {@link URLEncoder} and repairs the three places where form encoding differs from RFC 3986.
 */
final class OAuthTestSigner {

    private OAuthTestSigner() {
    }

    /** RFC 3986 percent-encoding of UTF-8. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    /**
     * @param url    the base string URI, already normalized by the caller
     * @param params decoded name/value pairs, {@code oauth_signature} excluded
     */
    static String baseString(String httpMethod, String url, List<String[]> params) {
        List<String[]> encoded = new ArrayList<>();
        for (String[] p : params) {
            encoded.add(new String[] {encode(p[0]), encode(p[1])});
        }
        // sorted as pairs: sorting the joined "name=value" strings would put "a1=" before "a=" ('1' < '=')
        encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        String normalized = encoded.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
        return httpMethod + "&" + encode(url) + "&" + encode(normalized);
    }

    static String signature(String consumerSecret, String tokenSecret, String baseString) {
        return hmacSha1(encode(consumerSecret) + "&" + encode(tokenSecret == null ? "" : tokenSecret), baseString);
    }

    /** Base64 of HMAC-SHA1 with this exact key text. */
    static String hmacSha1(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
