package io.farmroutes.spi.error;

/** The remote service answered, and the answer is an error of its own. */
public class RemoteServiceException extends FarmException {

    private final String service;
    private final String remoteCode;
    private final String remoteMessage;
    private final String requestId;

    public RemoteServiceException(String service, String endpoint, String remoteCode, String remoteMessage,
                                  String requestId) {
        super(endpoint, describe(service, endpoint, remoteCode, remoteMessage, requestId));
        this.service = service;
        this.remoteCode = remoteCode;
        this.remoteMessage = remoteMessage;
        this.requestId = requestId;
    }

    private static String describe(String service, String endpoint, String code, String message, String requestId) {
        StringBuilder text = new StringBuilder();
        text.append(service).append(" answered ").append(endpoint);
        if (code != null) {
            text.append(" with error ").append(code);
        } else {
            text.append(" with an error");
        }
        if (message != null && !message.isBlank()) {
            text.append(": ").append(message.strip());
        }
        if (requestId != null) {
            text.append(" (request id ").append(requestId).append(')');
        }
        return text.toString();
    }

    public String getService() {
        return service;
    }

    /** The service's own error code as it sent it (a number, a name), or null when it sent none. */
    public String getRemoteCode() {
        return remoteCode;
    }

    public String getRemoteMessage() {
        return remoteMessage;
    }

    public String getRequestId() {
        return requestId;
    }
}
