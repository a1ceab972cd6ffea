package io.farmroutes.sandbox.flamenco;

import static io.farmroutes.sandbox.flamenco.FlamencoJson.obj;

import io.farmroutes.sandbox.EmulatorResponse;

/**
 * Ends a request with a ready reply. Thrown under the state lock, it keeps what the handler already changed: the
 * real server, too, commits some rows before it fails.
 */
final class FlamencoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EmulatorResponse reply;

    private FlamencoFailure(String reason, EmulatorResponse reply) {
        super(reason, null, false, false);
        this.reply = reply;
    }

    EmulatorResponse reply() {
        return reply;
    }

    /** The HTML 500 of an unhandled server exception; the reason is for logs and tests only. */
    static FlamencoFailure serverError(String reason) {
        return new FlamencoFailure(reason, Replies.serverError());
    }

    /** 404 with a JSON message. */
    static FlamencoFailure notFound(String message) {
        return new FlamencoFailure(message, Replies.message(404, message));
    }

    /** 400 {@code {"message": {"<field>": "<text>"}}}, as the request parser reports a field it cannot convert. */
    static FlamencoFailure badField(String field, String text) {
        return new FlamencoFailure(field + ": " + text, Replies.json(400, obj("message", obj(field, text))));
    }

    /** Any other reply. */
    static FlamencoFailure reply(String reason, EmulatorResponse reply) {
        return new FlamencoFailure(reason, reply);
    }
}
