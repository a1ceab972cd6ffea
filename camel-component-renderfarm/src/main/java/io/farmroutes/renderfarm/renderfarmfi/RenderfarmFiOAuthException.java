package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.spi.error.RemoteServiceException;

import java.util.Set;

/** Renderfarm.fi refused an OAuth step and said why in {@code oauth_problem} (e.g. signature_invalid). */
public class RenderfarmFiOAuthException extends RemoteServiceException {

    private static final Set<String> TOKEN_GONE = Set.of("token_rejected", "token_revoked", "token_used",
            "token_expired");

    private final String problem;
    private final int httpStatus;

    public RenderfarmFiOAuthException(String endpoint, String problem, int httpStatus) {
        super(RenderfarmFiCatalog.SERVICE_NAME, endpoint, problem, "oauth_problem=" + problem, null);
        this.problem = problem;
        this.httpStatus = httpStatus;
    }

    /** The problem as the service named it. */
    public String getProblem() {
        return problem;
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    /** The token is unknown, used or revoked: for a logout, the outcome the caller wanted. */
    public boolean isTokenGone() {
        return TOKEN_GONE.contains(problem);
    }
}
