package io.farmroutes.sandbox.fox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of the request signature (spec §3), written apart from any client so that each checks the
 * other. Only the six standard headers are signed; custom headers are not part of the emulator's recipe.
 */
public final class FoxSignature {

    /** The signed headers, spelled as the reference client sends them. */
    public static final List<String> SIGNED_HEADERS =
            List.of("accessId", "channel", "platform", "UTCTimestamp", "nonce", "version");

    private FoxSignature() {
    }

    /**
     * The text that is signed: {@code [POST]domain:path&} followed by the sorted, flattened pairs of the headers
     * with the body merged on top.
     *
     * @param headers the signed header values by name (absent ones are simply left out)
     * @param body    the parsed body; must be an object
     */
    public static String stringToSign(String domain, String path, Map<String, String> headers, JsonNode body) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        headers.forEach(merged::put);
        // a body key with a header's name replaces the header as a whole, whatever its shape
        body.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        List<Map.Entry<String, String>> pairs = flatten(merged);
        pairs.sort(Map.Entry.comparingByKey());
        StringBuilder text = new StringBuilder("[POST]").append(domain).append(':').append(path);
        for (Map.Entry<String, String> pair : pairs) {
            text.append('&').append(pair.getKey()).append('=').append(pair.getValue());
        }
        return text.toString();
    }

    /** Base64 of HMAC-SHA256 over the UTF-8 text, keyed with the UTF-8 bytes of the access key as given. */
    public static String sign(String accessKey, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(accessKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Key and value pairs of a document, unsorted: {@code p.k} for members, {@code p} plus the index (no
     * separator) for array elements; empty arrays and objects yield nothing.
     */
    public static List<Map.Entry<String, String>> flatten(JsonNode node) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            flatten(e.getKey(), e.getValue(), out);
        }
        return out;
    }

    private static void flatten(String key, JsonNode value, List<Map.Entry<String, String>> out) {
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> flatten(key + "." + e.getKey(), e.getValue(), out));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                flatten(key + i, value.get(i), out);
            }
        } else {
            out.add(Map.entry(key, scalar(value)));
        }
    }

    private static String scalar(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        // the router refuses booleans, nulls and floats before signing; this text only matters for diagnostics
        return value.asText();
    }
}
