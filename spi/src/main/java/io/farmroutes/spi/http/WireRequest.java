package io.farmroutes.spi.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * An HTTP request as the engine assembles it from an operation and its parameters, before and while it is
 * signed. Mutable, and copied for every attempt so that each attempt is signed afresh.
 */
public final class WireRequest {

    private String method;
    private String baseUrl;
    private String path;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final List<Map.Entry<String, String>> form = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Map<String, Object> jsonBody;
    private byte[] rawBody;
    private String rawContentType;
    private Supplier<AsyncEntityProducer> streamingBody;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    public WireRequest(String method, String baseUrl, String path) {
        this.method = method;
        this.baseUrl = baseUrl;
        this.path = path;
    }

    public WireRequest copy() {
        WireRequest c = new WireRequest(method, baseUrl, path);
        c.query.addAll(query);
        c.form.addAll(form);
        c.headers.putAll(headers);
        c.cookies.putAll(cookies);
        c.jsonBody = jsonBody == null ? null : new LinkedHashMap<>(jsonBody);
        c.rawBody = rawBody;
        c.rawContentType = rawContentType;
        c.streamingBody = streamingBody;
        c.attributes.putAll(attributes);
        return c;
    }

    public String method() {
        return method;
    }

    public WireRequest method(String newMethod) {
        this.method = newMethod;
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public WireRequest baseUrl(String newBaseUrl) {
        this.baseUrl = newBaseUrl;
        return this;
    }

    public String path() {
        return path;
    }

    public WireRequest path(String newPath) {
        this.path = newPath;
        return this;
    }

    public List<Map.Entry<String, String>> query() {
        return query;
    }

    public WireRequest addQuery(String name, String value) {
        query.add(new SimpleImmutableEntry<>(name, value));
        return this;
    }

    public List<Map.Entry<String, String>> form() {
        return form;
    }

    public WireRequest addForm(String name, String value) {
        form.add(new SimpleImmutableEntry<>(name, value));
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public WireRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public WireRequest cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** The JSON object body, created on first use. */
    public Map<String, Object> json() {
        if (jsonBody == null) {
            jsonBody = new LinkedHashMap<>();
        }
        return jsonBody;
    }

    public boolean hasJsonBody() {
        return jsonBody != null;
    }

    public byte[] rawBody() {
        return rawBody;
    }

    public String rawContentType() {
        return rawContentType;
    }

    public WireRequest rawBody(byte[] body, String contentType) {
        this.rawBody = body;
        this.rawContentType = contentType;
        return this;
    }

    public Supplier<AsyncEntityProducer> streamingBody() {
        return streamingBody;
    }

    /** A body streamed from its source; the supplier is called once per attempt. */
    public WireRequest streamingBody(Supplier<AsyncEntityProducer> producer) {
        this.streamingBody = producer;
        return this;
    }

    /**
     * Keeps a value for the signer that is never sent as it is (an OAuth token secret, an argument the signature
     * must be embedded next to): the signer runs per attempt and sees only the request.
     */
    public WireRequest attribute(String name, Object value) {
        attributes.put(name, value);
        return this;
    }

    /** A value kept with {@link #attribute(String, Object)}, or null. */
    public Object attribute(String name) {
        return attributes.get(name);
    }

    /** The full URL: base, path and the percent-encoded query string. */
    public String url() {
        StringBuilder url = new StringBuilder();
        if (baseUrl.endsWith("/") && path.startsWith("/")) {
            url.append(baseUrl, 0, baseUrl.length() - 1);
        } else {
            url.append(baseUrl);
            if (!baseUrl.endsWith("/") && !path.isEmpty() && !path.startsWith("/")) {
                url.append('/');
            }
        }
        url.append(path);
        if (!query.isEmpty()) {
            url.append('?').append(formEncode(query));
        }
        return url.toString();
    }

    /** {@code application/x-www-form-urlencoded} text of the given pairs, UTF-8. */
    public static String formEncode(List<Map.Entry<String, String>> pairs) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> pair : pairs) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** Method and URL without the query string: safe to log, since query strings may carry keys. */
    @Override
    public String toString() {
        return method + " " + (baseUrl.endsWith("/") && path.startsWith("/") ? baseUrl + path.substring(1)
                : baseUrl + path);
    }
}
