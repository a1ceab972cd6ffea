package io.farmroutes.spi.error;

/** The service answered with a body that could not be decoded (not well-formed, hostile, too large, wrong shape). */
public class MalformedResponseException extends TransportException {

    private final String excerpt;

    public MalformedResponseException(String endpoint, String message, String excerpt, Throwable cause) {
        super(endpoint, excerpt == null ? message : message + "; body begins: " + excerpt, 0, false, cause);
        this.excerpt = excerpt;
    }

    /** The beginning of the offending body (bounded), for diagnosis. */
    public String getExcerpt() {
        return excerpt;
    }
}
