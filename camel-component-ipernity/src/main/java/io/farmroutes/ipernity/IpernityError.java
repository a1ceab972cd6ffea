package io.farmroutes.ipernity;

/** ipernity's generic error codes (valid for every method), with whether a later attempt may succeed. */
public enum IpernityError {
    API_KEY_MISSING(100, false),
    API_KEY_INVALID(101, false),
    FORMAT_INVALID(102, false),
    METHOD_INVALID(103, false),
    SIGNATURE_MISSING(104, false),
    SIGNATURE_INVALID(105, false),
    TOKEN_MISSING(106, false),
    TOKEN_INVALID(107, false),
    ACCOUNT_CLOSED(108, false),
    BLOCKED(109, false),
    PERMISSION_INSUFFICIENT(110, false),
    ADDRESS_NOT_ALLOWED(111, false),
    QUOTA_REACHED(112, true),
    RATE_LIMITED(113, true),
    POST_REQUIRED(120, false),
    SOAP_UNPARSEABLE(121, false),
    XMLRPC_UNPARSEABLE(122, false),
    SERVICE_ERROR(500, true),
    MAINTENANCE(501, true),
    UNAVAILABLE(503, true),
    /** A method's own code (1–6): its meaning depends on the method, see {@link IpernityException#getCode()}. */
    METHOD_SPECIFIC(0, false),
    /** No code, or one this client does not know. */
    UNKNOWN(-1, false);

    private final int code;
    private final boolean transientFailure;

    IpernityError(int code, boolean transientFailure) {
        this.code = code;
        this.transientFailure = transientFailure;
    }

    public int code() {
        return code;
    }

    /** Whether a retry-safe call may be repeated after it, with backoff. */
    public boolean isTransient() {
        return transientFailure;
    }

    public static IpernityError of(Integer code) {
        if (code == null) {
            return UNKNOWN;
        }
        if (code >= 1 && code < 100) {
            return METHOD_SPECIFIC;
        }
        for (IpernityError e : values()) {
            if (e.code == code && e.code >= 100) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
