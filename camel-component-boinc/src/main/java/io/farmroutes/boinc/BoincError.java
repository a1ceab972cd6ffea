package io.farmroutes.boinc;

/** BOINC's error numbers, with whether a later attempt may succeed. */
public enum BoincError {
    GENERIC(-1, false),
    INVALID_XML(-112, false),
    NOT_FOUND(-136, false),
    NOT_UNIQUE(-137, false),
    DATABASE_UNAVAILABLE(-138, true),
    NOT_FOUND_DEPRECATED(-161, false),
    PROJECT_DOWN(-183, true),
    BAD_USER_NAME(-188, false),
    BAD_EMAIL(-205, false),
    BAD_PASSWORD(-206, false),
    EMAIL_NOT_UNIQUE(-207, false),
    ACCOUNT_CREATION_DISABLED(-208, false),
    INVALID_INVITE_CODE(-209, false),
    INVALID_REQUEST_METHOD(-210, false),
    CONSENT_REQUIRED(-242, false),
    /** A number this client does not know. */
    UNKNOWN(0, false);

    private final int number;
    private final boolean transientFailure;

    BoincError(int number, boolean transientFailure) {
        this.number = number;
        this.transientFailure = transientFailure;
    }

    public int number() {
        return number;
    }

    public boolean isTransient() {
        return transientFailure;
    }

    public static BoincError of(int number) {
        for (BoincError e : values()) {
            if (e.number == number && e != UNKNOWN) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
