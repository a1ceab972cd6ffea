package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import io.farmroutes.sandbox.EmulatorResponse;

import java.util.Collection;

/** The reply shapes of the server: JSON bodies, empty 204s, its route-miss and method errors, its HTML 500 page. */
final class Replies {

    /** Werkzeug's content type for its error pages. */
    static final String HTML = "text/html";

    private static final String ROUTE_MISS = "{\"code\": 404, \"message\": \"No interface defined for URL\"}";
    private static final String SERVER_ERROR_PAGE = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
            <title>500 Internal Server Error</title>
            <h1>Internal Server Error</h1>
            <p>The server met an internal error and could not complete your request.</p>
            """;

    private Replies() {
    }

    static EmulatorResponse json(int status, Object body) {
        return EmulatorResponse.status(status).withBody(EmulatorResponse.JSON_UTF8, FlamencoJson.write(body));
    }

    static EmulatorResponse ok(Object body) {
        return json(200, body);
    }

    static EmulatorResponse created(Object body) {
        return json(201, body);
    }

    static EmulatorResponse noContent() {
        return EmulatorResponse.status(204).withBody(EmulatorResponse.JSON_UTF8, new byte[0]);
    }

    /** {@code {"message": "…"}} with this status. */
    static EmulatorResponse message(int status, String message) {
        return json(status, obj("message", message));
    }

    static EmulatorResponse routeMiss() {
        return EmulatorResponse.status(404).withBody(EmulatorResponse.JSON_UTF8, ROUTE_MISS);
    }

    static EmulatorResponse methodNotAllowed(Collection<String> allowed) {
        return message(405, "The method is not allowed for the requested URL.")
                .withHeader("Allow", String.join(", ", allowed));
    }

    /** What an unhandled exception in the server produces. */
    static EmulatorResponse serverError() {
        return EmulatorResponse.status(500).withBody(HTML, SERVER_ERROR_PAGE);
    }
}
