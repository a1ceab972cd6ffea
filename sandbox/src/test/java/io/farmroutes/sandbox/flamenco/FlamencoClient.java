package io.farmroutes.sandbox.flamenco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A minimal test client: form-encoded requests over real HTTP, replies with status, headers and parsed JSON. */
final class FlamencoClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;

    FlamencoClient(FlamencoEmulator emulator) {
        this.base = emulator.url();
    }

    /** A reply: status, the raw response and its body. */
    record Reply(int status, HttpResponse<String> response) {

        String body() {
            return response.body();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse(null);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body(), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + "\n" + body();
        }
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    /** POST with form fields given as name, value, name, value… (names may repeat). */
    Reply post(String path, String... fields) {
        return send("POST", path, form(fields), null);
    }

    Reply put(String path, String... fields) {
        return send("PUT", path, form(fields), null);
    }

    Reply patch(String path, String... fields) {
        return send("PATCH", path, form(fields), null);
    }

    Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    Reply postJson(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    /** POST as if from another host (the emulator reads X-Forwarded-For as the caller's address). */
    Reply postFrom(String ip, String path, String... fields) {
        HttpRequest.Builder b = builder(path).header("X-Forwarded-For", ip)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        return execute(b);
    }

    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = builder(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", contentType == null ? "application/x-www-form-urlencoded" : contentType);
        }
        return execute(b);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    }

    private static Reply execute(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
