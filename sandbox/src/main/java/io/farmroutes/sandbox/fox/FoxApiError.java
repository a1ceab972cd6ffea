package io.farmroutes.sandbox.fox;

/** An API error answered as an envelope with a non-200 {@code code} (HTTP 200), raised while handling a call. */
final class FoxApiError extends RuntimeException {

    static final int RESOURCE_NOT_FOUND = 404;
    static final int LABEL_ALREADY_EXISTS = 503;
    static final int PARAMETER_INVALID = 600;
    static final int PARAMETER_CANT_BE_EMPTY = 601;
    static final int SIGNATURE_EXPIRED = 610;
    static final int SIGNATURE_INVALID = 611;

    private static final long serialVersionUID = 1L;

    private final int code;

    FoxApiError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    static FoxApiError invalid(String message) {
        return new FoxApiError(PARAMETER_INVALID, message);
    }

    static FoxApiError missing(String parameter) {
        return new FoxApiError(PARAMETER_CANT_BE_EMPTY, "parameter " + parameter + " can't be empty");
    }

    static FoxApiError notFound(String message) {
        return new FoxApiError(RESOURCE_NOT_FOUND, message);
    }

    int code() {
        return code;
    }
}
