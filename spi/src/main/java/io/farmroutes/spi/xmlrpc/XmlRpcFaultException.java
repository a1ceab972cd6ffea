package io.farmroutes.spi.xmlrpc;

/** An XML-RPC fault raised as an exception, for routes that unwrap responses into their values. */
public class XmlRpcFaultException extends RuntimeException {

    private final int code;
    private final String faultString;

    public XmlRpcFaultException(int code, String faultString) {
        super("XML-RPC fault " + code + ": " + (faultString == null ? "" : faultString));
        this.code = code;
        this.faultString = faultString == null ? "" : faultString;
    }

    public XmlRpcFaultException(XmlRpcFault fault) {
        this(fault.code(), fault.message());
    }

    /** The {@code faultCode}. */
    public int getCode() {
        return code;
    }

    /** The {@code faultString} as the server sent it. */
    public String getFaultString() {
        return faultString;
    }

    /** The fault as a message again. */
    public XmlRpcFault toFault() {
        return new XmlRpcFault(code, faultString);
    }
}
