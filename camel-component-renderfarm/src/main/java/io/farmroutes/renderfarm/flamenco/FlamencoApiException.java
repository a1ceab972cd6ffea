package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.spi.error.RemoteServiceException;

/** The Flamenco server answered with an error status (or, for job/command, a 200 that means 400). */
public class FlamencoApiException extends RemoteServiceException {

    private final int httpStatus;

    public FlamencoApiException(String endpoint, int httpStatus, String message) {
        super(FlamencoCatalog.SERVICE_NAME, endpoint, Integer.toString(httpStatus), message, null);
        this.httpStatus = httpStatus;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public boolean isNotFound() {
        return httpStatus == 404;
    }

    /** The server's 5xx answers are unhandled exceptions; a retry-safe call may succeed a moment later. */
    @Override
    public boolean isTransient() {
        return httpStatus >= 500;
    }
}
