package io.farmroutes.sandbox.fox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A minimal client for the tests: signs requests with its own reading of spec §3 (not the emulator's code),
 * posts them over real HTTP and decodes the envelope.
 */
final class FoxTestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final FoxEmulator fox;
    private String accessId;
    private String accessKey;

    FoxTestClient(FoxEmulator fox) {
        this.fox = fox;
        this.accessId = fox.accessId();
        this.accessKey = fox.accessKey();
    }

    FoxTestClient credentials(String id, String key) {
        this.accessId = id;
        this.accessKey = key;
        return this;
    }

    /** The whole envelope of a signed call. */
    JsonNode call(String path, Object body) {
        return envelope(send(path, JSON.valueToTree(body), 0));
    }

    /** The {@code data} of a signed call that must succeed. */
    JsonNode data(String path, Object body) {
        JsonNode envelope = call(path, body);
        assertEquals(200, envelope.get("code").asInt(), () -> path + " failed: " + envelope);
        return envelope.get("data");
    }

    /** The code of a signed call. */
    int code(String path, Object body) {
        return call(path, body).get("code").asInt();
    }

    /** A signed call whose timestamp is off by {@code skewSeconds}. */
    HttpResponse<String> send(String path, JsonNode body, long skewSeconds) {
        Map<String, String> headers = headers(skewSeconds);
        headers.put("signature", sign(accessKey, fox.domain(), path, headers, body));
        headers.put("Content-Type", "application/json");
        headers.put("languageFlag", "1");
        return raw("POST", path, body.toString(), headers);
    }

    Map<String, String> headers(long skewSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accessId", accessId);
        headers.put("channel", "4");
        headers.put("platform", Integer.toString(fox.platform()));
        headers.put("UTCTimestamp", Long.toString(System.currentTimeMillis() / 1000 + skewSeconds));
        headers.put("nonce", Integer.toString(ThreadLocalRandom.current().nextInt(100000, 999999)));
        headers.put("version", "2.0.0");
        return headers;
    }

    HttpResponse<String> raw(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fox.url() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode envelope(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** The recipe: headers, body on top, flattened, sorted, {@code [POST]domain:path&k=v&…}, HMAC-SHA256, Base64. */
    static String sign(String key, String domain, String path, Map<String, String> headers, JsonNode body) {
        Map<String, JsonNode> top = new LinkedHashMap<>();
        headers.forEach((k, v) -> top.put(k, TextNode.valueOf(v)));
        body.fields().forEachRemaining(e -> top.put(e.getKey(), e.getValue()));
        TreeMap<String, String> pairs = new TreeMap<>();
        top.forEach((k, v) -> walk(k, v, pairs));
        StringBuilder text = new StringBuilder("[POST]" + domain + ":" + path);
        pairs.forEach((k, v) -> text.append('&').append(k).append('=').append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(String key, JsonNode node, TreeMap<String, String> pairs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(key + "." + e.getKey(), e.getValue(), pairs));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(key + i, node.get(i), pairs);
            }
        } else {
            // what a careless client would do with true/null/1.5: their JSON text
            pairs.put(key, node.isTextual() ? node.textValue() : node.toString());
        }
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
