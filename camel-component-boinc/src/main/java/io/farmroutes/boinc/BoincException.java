package io.farmroutes.boinc;

import io.farmroutes.spi.error.RemoteServiceException;

/** A BOINC project refused a Web RPC; the error number is typed when the server sent one. */
public class BoincException extends RemoteServiceException {

    private final BoincFailure failure;
    private final Integer errorNumber;
    private final String parameter;
    private final String location;
    private final boolean transientFailure;

    public BoincException(String endpoint, BoincFailure failure, Integer errorNumber, String message, String parameter,
                          String location, boolean transientFailure) {
        super("BOINC", endpoint, errorNumber != null ? errorNumber.toString() : failure.name(), message, null);
        this.failure = failure;
        this.errorNumber = errorNumber;
        this.parameter = parameter;
        this.location = location;
        this.transientFailure = transientFailure;
    }

    public BoincFailure getFailure() {
        return failure;
    }

    /** The server's error number ({@code -136} …), or null when the failure was not an error document. */
    public Integer getErrorNumber() {
        return errorNumber;
    }

    /** The typed error number; {@link BoincError#UNKNOWN} for numbers this client does not know or none. */
    public BoincError getError() {
        return errorNumber == null ? BoincError.UNKNOWN : BoincError.of(errorNumber);
    }

    /** The wire name of the parameter the server complained about, when it named one. */
    public String getParameter() {
        return parameter;
    }

    /** The redirect target, credentials removed, when the failure was a redirect. */
    public String getLocation() {
        return location;
    }

    @Override
    public boolean isTransient() {
        return transientFailure;
    }
}
