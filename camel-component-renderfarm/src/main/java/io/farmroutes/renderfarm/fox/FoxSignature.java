package io.farmroutes.renderfarm.fox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rayvision request signature (fox-renderfarm.md §3): signed headers with the body merged over them,
 * flattened to scalar pairs, sorted by code point, joined raw behind {@code [POST]domain:path&}, then
 * HMAC-SHA256 with the access key, in Base64.
 */
public final class FoxSignature {

    private FoxSignature() {
    }

    /** The exact text that is signed. */
    public static String stringToSign(String domain, String path, Map<String, String> signedHeaders,
                                      Map<String, ?> body) {
        Map<String, Object> merged = new LinkedHashMap<>(signedHeaders);
        // a body key named like a header replaces the header's value here (the header is still sent as is)
        merged.putAll(body);
        List<String[]> pairs = new ArrayList<>();
        merged.forEach((key, value) -> flatten(key, value, pairs));
        pairs.sort((a, b) -> a[0].compareTo(b[0]));
        StringBuilder text = new StringBuilder("[POST]").append(domain).append(':').append(path);
        for (String[] pair : pairs) {
            text.append('&').append(pair[0]).append('=').append(pair[1]);
        }
        return text.toString();
    }

    private static void flatten(String key, Object value, List<String[]> pairs) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(key + "." + k, v, pairs));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(key + i, list.get(i), pairs);
            }
        } else {
            pairs.add(new String[] {key, String.valueOf(value)});
        }
    }

    /** Base64 of HMAC-SHA256 over the UTF-8 text, keyed with the access key's UTF-8 bytes as they are. */
    public static String hmac(String accessKey, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(accessKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
