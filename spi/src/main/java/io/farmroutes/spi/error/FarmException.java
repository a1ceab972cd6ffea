package io.farmroutes.spi.error;

/** Root of every failure a Farm Routes component reports. */
public class FarmException extends RuntimeException {

    private final String endpoint;

    public FarmException(String endpoint, String message, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
    }

    public FarmException(String endpoint, String message) {
        this(endpoint, message, null);
    }

    /** The endpoint (for example {@code boinc:account/lookup}) the failure belongs to, or null. */
    public String getEndpoint() {
        return endpoint;
    }

    /** Whether repeating the same call later could succeed; only retry-safe operations are ever repeated. */
    public boolean isTransient() {
        return false;
    }

    /**
     * Whether the service refused the request before acting on it (an expired signature, say), so that one
     * fresh attempt is safe even for an operation that is not retry-safe.
     */
    public boolean isRejectedUnprocessed() {
        return false;
    }
}
