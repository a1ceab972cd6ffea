package io.farmroutes.renderfarm.fox;

/**
 * The result of a Fox operation that answers no data, only success: what the server said, its request id
 * (quote it to Fox support) and any scalar it returned (e.g. {@code SUCCESS}).
 */
public record FoxAcknowledgement(String endpoint, String message, String requestId, String data) {
}
