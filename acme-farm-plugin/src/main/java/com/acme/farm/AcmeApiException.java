package com.acme.farm;

import io.farmroutes.spi.error.RemoteServiceException;

/**
 * Acme answered with an error envelope, {@code {"error": {"code": ..., "message": ...}}}, and a status that is
 * not 2xx: the HTTP status, Acme's error code and message, and the request id Acme gave.
 */
public class AcmeApiException extends RemoteServiceException {

    private final int httpStatus;

    public AcmeApiException(String endpoint, int httpStatus, String code, String message, String requestId) {
        super(AcmeService.SERVICE_NAME, endpoint, code, message, requestId);
        this.httpStatus = httpStatus;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    /** Server trouble and rate limits pass; a refused or malformed call stays refused. */
    @Override
    public boolean isTransient() {
        return httpStatus >= 500 || httpStatus == 429;
    }

    /** Acme refuses a call over its rate limit before acting on it, so one more attempt is safe even for create. */
    @Override
    public boolean isRejectedUnprocessed() {
        return httpStatus == 429;
    }
}
