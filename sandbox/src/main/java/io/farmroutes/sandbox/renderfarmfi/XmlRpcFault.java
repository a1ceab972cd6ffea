package io.farmroutes.sandbox.renderfarmfi;

/** An XML-RPC fault with one of the codes of spec §5.7; answered with HTTP 200. */
final class XmlRpcFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final int MISSING_PARAMETERS = 100;
    static final int INVALID_PARAMETERS = 101;
    static final int INSUFFICIENT_PRIVILEGES = 103;
    static final int INVALID_SIGNATURE = 104;
    static final int SESSION_DOES_NOT_EXIST = 300;
    static final int SESSION_NOT_ATTACHED = 301;
    static final int CONSUMER_KEY_INVALID = 400;

    private final int code;

    XmlRpcFault(int code, String message) {
        super(message);
        this.code = code;
    }

    static XmlRpcFault missing(String detail) {
        return new XmlRpcFault(MISSING_PARAMETERS, "Missing parameters: " + detail);
    }

    static XmlRpcFault invalid(String detail) {
        return new XmlRpcFault(INVALID_PARAMETERS, "Invalid parameters: " + detail);
    }

    int code() {
        return code;
    }
}
