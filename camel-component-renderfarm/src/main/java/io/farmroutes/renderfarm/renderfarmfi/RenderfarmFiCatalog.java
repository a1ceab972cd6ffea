package io.farmroutes.renderfarm.renderfarmfi;

import static io.farmroutes.spi.operation.ParamType.INT;
import static io.farmroutes.spi.operation.ParamType.STRING;

import io.farmroutes.renderfarm.renderfarmfi.model.AllSessions;
import io.farmroutes.renderfarm.renderfarmfi.model.CommunitySession;
import io.farmroutes.renderfarm.renderfarmfi.model.OAuthToken;
import io.farmroutes.renderfarm.renderfarmfi.model.SessionAttachment;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.util.List;

/**
 * The six Renderfarm.fi endpoints (renderfarm-fi.md §5): XML-RPC methods and the OAuth 1.0 token flow, one URL
 * per method. Hints say how each is signed and what its body is.
 */
public final class RenderfarmFiCatalog {

    public static final String SCHEME = "renderfarm";
    public static final String PROVIDER = "renderfarmfi";
    static final String SERVICE_NAME = "Renderfarm.fi";

    /** Hint: which token signs the request. */
    static final String SIGNED_WITH = "signedWith";
    static final String CONSUMER_ONLY = "consumer";
    static final String REQUEST_TOKEN = "requestToken";
    static final String ACCESS_TOKEN = "accessToken";
    /** Hint: the body's kind, an XML-RPC call or nothing (the OAuth endpoints). */
    static final String BODY = "body";
    static final String XMLRPC = "xmlrpc";
    static final String NONE = "none";
    /** Hint on community.getSession: the OAuth parameters travel as the call's first argument, a struct. */
    static final String OAUTH_IN_ARGUMENTS = "oauthInArguments";

    static final String LOGOUT = "oauth/logout";

    private static final OperationCatalog CATALOG = new OperationCatalog(SCHEME, PROVIDER, operations());

    private RenderfarmFiCatalog() {
    }

    public static OperationCatalog catalog() {
        return CATALOG;
    }

    private static List<OperationDescriptor> operations() {
        return List.of(
                xmlRpc("user/getAllSessions", "The user's sessions: awaiting review, rendering, completed",
                        "/user.getAllSessions")
                        .result(AllSessions.class, RenderfarmFiReaders.allSessions()).build(),
                xmlRpc("user/attachSession", "Attach one of the user's sessions to this application",
                        "/user.attachSession")
                        .param(sessionId())
                        .result(SessionAttachment.class, RenderfarmFiReaders.attachment()).build(),
                xmlRpc("community/getSession", "An attached session with its details", "/community.getSession")
                        .param(sessionId())
                        .hint(OAUTH_IN_ARGUMENTS, "true")
                        .result(CommunitySession.class, RenderfarmFiReaders.communitySession()).build(),
                oauth("oauth/requestToken", "Step 1 of the OAuth flow: a request token to authorize",
                        "/oauth.requestToken", CONSUMER_ONLY, false)
                        .param(ParameterDescriptor.param("callback", STRING).wire("oauth_callback")
                                .in(ParamLocation.CLIENT)
                                .doc("Where the authorization page sends the user back."))
                        .build(),
                oauth("oauth/accessToken", "Step 3: exchange the authorized request token for an access token",
                        "/oauth.accessToken", REQUEST_TOKEN, false)
                        .param(ParameterDescriptor.param("requestToken", STRING).wire("oauth_token")
                                .in(ParamLocation.CLIENT).required().doc("The authorized request token."))
                        .param(ParameterDescriptor.param("requestTokenSecret", STRING).in(ParamLocation.CLIENT)
                                .required().secret().doc("Its secret, from oauth/requestToken; signs, never sent."))
                        .param(ParameterDescriptor.param("verifier", STRING).wire("oauth_verifier")
                                .in(ParamLocation.CLIENT).doc("The verifier, if the callback carried one."))
                        .build(),
                oauth(LOGOUT, "Revoke the access token", "/oauth.logout", ACCESS_TOKEN, true)
                        .result(Void.class, "nothing", payload -> null).build());
    }

    private static OperationDescriptor.Builder xmlRpc(String endpoint, String description, String path) {
        return start(endpoint, description, path).hint(SIGNED_WITH, ACCESS_TOKEN).hint(BODY, XMLRPC).retrySafe(true);
    }

    private static OperationDescriptor.Builder oauth(String endpoint, String description, String path,
                                                     String signedWith, boolean retrySafe) {
        return start(endpoint, description, path).hint(SIGNED_WITH, signedWith).hint(BODY, NONE)
                .retrySafe(retrySafe).result(OAuthToken.class, payload -> payload);
    }

    private static OperationDescriptor.Builder start(String endpoint, String description, String path) {
        int slash = endpoint.indexOf('/');
        return OperationDescriptor.builder(endpoint.substring(0, slash), endpoint.substring(slash + 1))
                .description(description).http("POST", path);
    }

    private static ParameterDescriptor.Builder sessionId() {
        return ParameterDescriptor.param("sessionId", INT).in(ParamLocation.XMLRPC_ARG).required()
                .range(1, Integer.MAX_VALUE).doc("The session's id.");
    }
}
