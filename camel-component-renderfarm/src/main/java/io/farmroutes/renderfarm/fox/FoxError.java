package io.farmroutes.renderfarm.fox;

import java.util.Arrays;
import java.util.Optional;

/** The envelope codes Fox documents (fox-renderfarm.md §6), and which of them a retry may cure. */
public enum FoxError {
    FAIL(100),
    NEED_REDIRECT(301),
    API_ERROR(400),
    FORBIDDEN(403),
    RESOURCE_NOT_FOUND(404),
    INTERNAL_ERROR(500, true),
    LABEL_ALREADY_EXISTS(503),
    USER_CACHE_NOT_FOUND(513),
    PARAMETER_INVALID(600),
    PARAMETER_CANT_BE_EMPTY(601),
    NEED_USER_LOGIN(602),
    ILLEGAL_PROTOCOL(603),
    VALIDATE_CODE_ERROR(604),
    INSUFFICIENT_PERMISSIONS(605),
    VALIDATE_COMMON_CODE_ERROR(606),
    VALIDATE_SEND_CODE_ERROR(607),
    USER_AREA_ERROR(608),
    SIGNATURE_EXPIRED(610),
    SIGNATURE_INVALID(611),
    NO_MORE_RECORDS(700),
    ACCOUNT_LOCKED(804),
    BAD_CREDENTIALS(805),
    IP_LIMITED(812),
    CURRENCY_NOT_SUPPORTED(904),
    SUB_USER_HAS_TASKS(912),
    SUB_USER_IN_ARREARS(913),
    REDIS_CACHE_FAIL(1000, true);

    private final int code;
    private final boolean transientFailure;

    FoxError(int code) {
        this(code, false);
    }

    FoxError(int code, boolean transientFailure) {
        this.code = code;
        this.transientFailure = transientFailure;
    }

    public int code() {
        return code;
    }

    /** Whether the same call may succeed later (only ever repeated for retry-safe operations). */
    public boolean isTransient() {
        return transientFailure;
    }

    public static Optional<FoxError> of(int code) {
        return Arrays.stream(values()).filter(e -> e.code == code).findFirst();
    }
}
