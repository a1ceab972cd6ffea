package io.farmroutes.spi.error;

/** The remote service answered, and the answer is an error of its own. */
public class RemoteServiceException extends FarmException {

    /** How much of the service's own message the exception message repeats; getRemoteMessage() has it all. */
    public static final int MESSAGE_LIMIT = 500;
    /** Codes and request ids are short; a longer one is cut as well. */
    private static final int CODE_LIMIT = 100;

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
            text.append(" with error ").append(bounded(code, CODE_LIMIT));
        } else {
            text.append(" with an error");
        }
        if (message != null && !message.isBlank()) {
            // the service chose these texts: a hostile or broken one may send megabytes, which logs must not carry
            text.append(": ").append(bounded(message.strip(), MESSAGE_LIMIT));
        }
        if (requestId != null) {
            text.append(" (request id ").append(bounded(requestId, CODE_LIMIT)).append(')');
        }
        return text.toString();
    }

    private static String bounded(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit) + "… (" + text.length() + " characters)";
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
