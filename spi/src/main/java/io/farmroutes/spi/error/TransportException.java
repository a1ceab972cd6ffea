package io.farmroutes.spi.error;

/** The exchange with the service failed below the level of its API: connection, timeout, gateway, or an unreadable answer. */
public class TransportException extends FarmException {

    private final int httpStatus;
    private final boolean transientFailure;

    public TransportException(String endpoint, String message, int httpStatus, boolean transientFailure,
                              Throwable cause) {
        super(endpoint, message, cause);
        this.httpStatus = httpStatus;
        this.transientFailure = transientFailure;
    }

    /** The HTTP status of the answer, or 0 when no answer arrived. */
    public int getHttpStatus() {
        return httpStatus;
    }

    @Override
    public boolean isTransient() {
        return transientFailure;
    }
}
