package io.farmroutes.spi.error;

/** A request could not be signed, or the service rejected its signature. */
public class SignatureException extends FarmException {

    public SignatureException(String endpoint, String message, Throwable cause) {
        super(endpoint, message, cause);
    }
}
