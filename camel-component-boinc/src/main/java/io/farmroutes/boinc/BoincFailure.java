package io.farmroutes.boinc;

/** The shapes in which a BOINC server says no: error documents, and the answers that are not one. */
public enum BoincFailure {
    /** An {@code <error>} document with an error number. */
    ERROR_DOCUMENT,
    /** A redirect or message naming a parameter the script did not accept (unknown, missing, non-numeric). */
    INVALID_PARAMETER,
    /** The server code no longer offers this RPC (disabled, deprecated, "not supported"). */
    NOT_SUPPORTED,
    /** A redirect to the login form: the project requires login for this script. */
    LOGIN_REQUIRED,
    /** An HTML page instead of XML: project stopped, database down, or a script's own error page. */
    HTML_PAGE,
    /** HTTP 500: a deterministic fatal error in the script; repeating it does not help. */
    SERVER_ERROR,
    /** Any other redirect. */
    REDIRECT
}
