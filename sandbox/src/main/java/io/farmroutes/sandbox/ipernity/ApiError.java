package io.farmroutes.sandbox.ipernity;

/** An ipernity error answer (HTTP 200, {@code api.status="error"}) raised while handling a call. */
final class ApiError extends RuntimeException {

    private final int code;

    ApiError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
