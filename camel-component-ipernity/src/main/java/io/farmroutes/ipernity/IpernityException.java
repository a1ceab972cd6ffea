package io.farmroutes.ipernity;

import io.farmroutes.spi.error.RemoteServiceException;

/** ipernity answered a call with {@code status="error"}: the code (generic or the method's own) and the method. */
public class IpernityException extends RemoteServiceException {

    private final Integer code;
    private final String method;

    public IpernityException(String endpoint, String method, Integer code, String message) {
        super("ipernity", endpoint, code == null ? null : code.toString(), message, null);
        this.code = code;
        this.method = method;
    }

    /** The numeric code, or null when the answer carried none. */
    public Integer getCode() {
        return code;
    }

    /** The typed generic error; {@link IpernityError#METHOD_SPECIFIC} for codes 1–99. */
    public IpernityError getError() {
        return IpernityError.of(code);
    }

    /** The ipernity method that failed, e.g. {@code upload.checkTickets}. */
    public String getMethod() {
        return method;
    }

    /** The same error, attributed to another endpoint label and method (for calls routed through call/). */
    public IpernityException attributedTo(String endpoint, String newMethod) {
        IpernityException copy = new IpernityException(endpoint, newMethod, code, getRemoteMessage());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    @Override
    public String getMessage() {
        return method == null ? super.getMessage() : super.getMessage() + " (method " + method + ")";
    }

    @Override
    public boolean isTransient() {
        return getError().isTransient();
    }
}
