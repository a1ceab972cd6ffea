package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.Router;

/**
 * One URL per method, named by the last path segment (spec §1): unknown paths are 404, a verb other than the
 * method's is 405; the rest goes to the token flow or the XML-RPC methods.
 */
final class RenderfarmFiRouter implements Router {

    static final String REQUEST_TOKEN = "oauth.requestToken";
    static final String AUTHORIZE = "oauth.authorize";
    static final String ACCESS_TOKEN = "oauth.accessToken";
    static final String LOGOUT = "oauth.logout";

    private final OAuthEndpoints oauth;
    private final SessionMethods methods;

    RenderfarmFiRouter(RenderfarmFiState state, RenderfarmFiSettings settings) {
        OAuthVerifier verifier = new OAuthVerifier(state, settings);
        this.oauth = new OAuthEndpoints(state, settings, verifier);
        this.methods = new SessionMethods(state, settings, verifier);
    }

    @Override
    public EmulatorResponse route(EmulatorRequest request) {
        String method = request.path().startsWith("/") ? request.path().substring(1) : request.path();
        if (method.equals(AUTHORIZE)) {
            return request.method().equals("GET") ? oauth.authorize(request) : Replies.methodNotAllowed(
                    request.method(), "GET");
        }
        boolean known = method.equals(REQUEST_TOKEN) || method.equals(ACCESS_TOKEN) || method.equals(LOGOUT)
                || SessionMethods.NAMES.contains(method);
        if (!known) {
            return EmulatorResponse.notFound();
        }
        if (!request.method().equals("POST")) {
            return Replies.methodNotAllowed(request.method(), "POST");
        }
        return switch (method) {
            case REQUEST_TOKEN -> oauth.requestToken(request);
            case ACCESS_TOKEN -> oauth.accessToken(request);
            case LOGOUT -> oauth.logout(request);
            default -> methods.handle(method, request);
        };
    }
}
