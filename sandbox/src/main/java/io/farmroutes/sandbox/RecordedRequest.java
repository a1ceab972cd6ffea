package io.farmroutes.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request as received, kept by the {@link RequestLedger}.
 *
 * @param path  the path without the query string
 * @param query the raw query string, or "" when there was none
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              byte[] body, Instant at) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    /** The decoded query parameters. */
    public Params queryParams() {
        return Params.parse(query);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " at " + at;
    }
}
