package io.farmroutes.spi.xmlrpc;

/**
 * A successful {@code methodResponse} carrying exactly one value.
 *
 * @param value the result; null only when the server sent {@code <nil/>} (the codec never sends null)
 */
public record XmlRpcResponse(Object value) implements XmlRpcMessage {
}
