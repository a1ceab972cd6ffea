package io.farmroutes.spi.camel;

/**
 * Marks a typed request object: when it is the message body, its properties are read as the operation's
 * parameters (below URI options and headers in precedence).
 */
public interface OperationRequest {
}
