package io.farmroutes.spi.xmlrpc;

/**
 * A {@code methodResponse} carrying a fault instead of a result.
 *
 * @param code the {@code faultCode}
 * @param message the {@code faultString}, never null
 */
public record XmlRpcFault(int code, String message) implements XmlRpcMessage {

    public XmlRpcFault {
        message = message == null ? "" : message;
    }
}
