package io.farmroutes.sandbox.renderfarmfi;

/**
 * A refused OAuth request, named by the {@code oauth_problem} values of the OAuth problem-reporting extension;
 * the oauth.* endpoints report it as such, the XML-RPC methods turn it into a fault.
 */
final class OAuthProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER_ABSENT = "parameter_absent";
    static final String PARAMETER_REJECTED = "parameter_rejected";
    static final String VERSION_REJECTED = "version_rejected";
    static final String SIGNATURE_METHOD_REJECTED = "signature_method_rejected";
    static final String TIMESTAMP_REFUSED = "timestamp_refused";
    static final String NONCE_USED = "nonce_used";
    static final String CONSUMER_KEY_UNKNOWN = "consumer_key_unknown";
    static final String TOKEN_REJECTED = "token_rejected";
    static final String TOKEN_USED = "token_used";
    static final String TOKEN_REVOKED = "token_revoked";
    static final String SIGNATURE_INVALID = "signature_invalid";
    static final String PERMISSION_UNKNOWN = "permission_unknown";

    private final String problem;

    /** @param advice a human explanation, sent as {@code oauth_problem_advice} */
    OAuthProblem(String problem, String advice) {
        super(advice);
        this.problem = problem;
    }

    String problem() {
        return problem;
    }

    String advice() {
        return getMessage();
    }

    /** The fault an XML-RPC method answers instead (spec §5.7 codes); its text names the problem. */
    XmlRpcFault toFault() {
        return switch (problem) {
            case PARAMETER_ABSENT -> new XmlRpcFault(XmlRpcFault.MISSING_PARAMETERS,
                    "Missing parameters (" + problem + "): " + advice());
            case PARAMETER_REJECTED, VERSION_REJECTED -> new XmlRpcFault(XmlRpcFault.INVALID_PARAMETERS,
                    "Invalid parameters (" + problem + "): " + advice());
            case CONSUMER_KEY_UNKNOWN -> new XmlRpcFault(XmlRpcFault.CONSUMER_KEY_INVALID,
                    "Consumer key invalid (" + problem + "): " + advice());
            case TOKEN_REJECTED, TOKEN_USED, TOKEN_REVOKED, PERMISSION_UNKNOWN -> new XmlRpcFault(
                    XmlRpcFault.INSUFFICIENT_PRIVILEGES, "Insufficient privileges (" + problem + "): " + advice());
            default -> new XmlRpcFault(XmlRpcFault.INVALID_SIGNATURE,
                    "Invalid signature (" + problem + "): " + advice());
        };
    }
}
