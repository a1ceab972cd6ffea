package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.error.RemoteServiceException;

import java.util.Optional;

/** Fox answered with an envelope whose code is not 200: the code, its message and the request id. */
public class FoxApiException extends RemoteServiceException {

    private final int code;

    public FoxApiException(String endpoint, int code, String message, String requestId) {
        super("Fox Renderfarm", endpoint, Integer.toString(code), message, requestId);
        this.code = code;
    }

    public int getCode() {
        return code;
    }

    /** The documented meaning of the code, when it is one of the documented codes. */
    public Optional<FoxError> getError() {
        return FoxError.of(code);
    }

    @Override
    public boolean isTransient() {
        return getError().map(FoxError::isTransient).orElse(false);
    }

    /** An expired signature was refused before anything happened; one freshly signed attempt is safe. */
    @Override
    public boolean isRejectedUnprocessed() {
        return code == FoxError.SIGNATURE_EXPIRED.code();
    }
}
