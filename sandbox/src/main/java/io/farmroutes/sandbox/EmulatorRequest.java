package io.farmroutes.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One HTTP request as an emulator sees it: method, path, decoded parameters, headers, cookies and body. */
public final class EmulatorRequest {

    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Params query;
    private final Params form;
    private final Map<String, String> cookies;

    /**
     * @param rawQuery the query string as sent, without '?', or "" when there was none
     * @param headers  header names as received; lookups through {@link #header} ignore case
     */
    public EmulatorRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                           byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body == null ? new byte[0] : body.clone();
        this.query = Params.parse(this.rawQuery);
        this.form = isForm() ? Params.parse(this.body) : Params.empty();
        this.cookies = parseCookies(header("Cookie").orElse(""));
    }

    public String method() {
        return method;
    }

    /** The path without the query string, still percent-encoded as sent. */
    public String path() {
        return path;
    }

    /** The query string as sent (without '?'), or "". */
    public String rawQuery() {
        return rawQuery;
    }

    /** Path plus '?' and query when there is one, as sent. */
    public String uri() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    public Params query() {
        return query;
    }

    /** The parameters of an {@code application/x-www-form-urlencoded} body; empty for any other body. */
    public Params form() {
        return form;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, matched without regard to case. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** Cookies of the {@code Cookie} header, values percent-decoded. */
    public Map<String, String> cookies() {
        return cookies;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public byte[] body() {
        return body.clone();
    }

    private boolean isForm() {
        return header("Content-Type")
                .map(v -> v.toLowerCase(Locale.ROOT).startsWith(FORM_TYPE))
                .orElse(false);
    }

    private static Map<String, String> parseCookies(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(part.substring(0, eq).trim(), UrlCodec.decode(part.substring(eq + 1).trim()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return method + " " + uri();
    }
}
