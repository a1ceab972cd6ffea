package io.farmroutes.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An immutable HTTP reply built by an emulator; the content type is sent byte for byte as given. */
public final class EmulatorResponse {

    /** Content type of XML replies, spelled as the emulated servers spell it. */
    public static final String XML_UTF8 = "text/xml;charset=UTF-8";
    public static final String HTML_UTF8 = "text/html; charset=UTF-8";
    public static final String TEXT_UTF8 = "text/plain; charset=UTF-8";
    public static final String JSON_UTF8 = "application/json";

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final String contentType;
    private final byte[] body;
    private final boolean dropConnection;

    private EmulatorResponse(int status, List<Map.Entry<String, String>> headers, String contentType, byte[] body,
                             boolean dropConnection) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.contentType = contentType;
        this.body = body;
        this.dropConnection = dropConnection;
    }

    /** A reply with this status, no headers and an empty body. */
    public static EmulatorResponse status(int status) {
        return new EmulatorResponse(status, List.of(), null, new byte[0], false);
    }

    public static EmulatorResponse ok(String contentType, String body) {
        return status(200).withBody(contentType, body);
    }

    public static EmulatorResponse xml(String body) {
        return ok(XML_UTF8, body);
    }

    public static EmulatorResponse html(String body) {
        return ok(HTML_UTF8, body);
    }

    public static EmulatorResponse text(String body) {
        return ok(TEXT_UTF8, body);
    }

    public static EmulatorResponse json(String body) {
        return ok(JSON_UTF8, body);
    }

    /** A 302 with this {@code Location} (sent verbatim, relative or absolute) and an empty body. */
    public static EmulatorResponse redirect(String location) {
        return status(302).withHeader("Location", location);
    }

    public static EmulatorResponse notFound() {
        return status(404).withBody(HTML_UTF8,
                "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>\n"
                        + "<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n");
    }

    /** An HTTP 500 with an empty body, as a script that dies with a fatal error produces. */
    public static EmulatorResponse serverError() {
        return status(500);
    }

    /** Not a reply: the server closes the connection without answering. */
    public static EmulatorResponse dropConnection() {
        return new EmulatorResponse(0, List.of(), null, new byte[0], true);
    }

    public EmulatorResponse withStatus(int newStatus) {
        return new EmulatorResponse(newStatus, headers, contentType, body, dropConnection);
    }

    public EmulatorResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        copy.add(Map.entry(name, value));
        return new EmulatorResponse(status, copy, contentType, body, dropConnection);
    }

    public EmulatorResponse withBody(String newContentType, byte[] newBody) {
        return new EmulatorResponse(status, headers, newContentType, newBody.clone(), dropConnection);
    }

    public EmulatorResponse withBody(String newContentType, String newBody) {
        return withBody(newContentType, newBody.getBytes(StandardCharsets.UTF_8));
    }

    public int status() {
        return status;
    }

    /** Headers other than {@code Content-Type} and {@code Content-Length}, in order. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The exact {@code Content-Type} header value, or null for none. */
    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body.clone();
    }

    int bodyLength() {
        return body.length;
    }

    byte[] bodyUnsafe() {
        return body;
    }

    public boolean isDropConnection() {
        return dropConnection;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return dropConnection ? "<drop>" : status + " " + Objects.toString(contentType, "") + " (" + body.length + " bytes)";
    }
}
