package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.EmulatorRequest;
import io.farmroutes.sandbox.EmulatorResponse;
import io.farmroutes.sandbox.renderfarmfi.OAuthVerifier.Credential;
import io.farmroutes.sandbox.renderfarmfi.OAuthVerifier.Verified;
import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiState.AccessToken;
import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiState.RequestToken;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The token flow (spec §5.1–5.4): request token, the browser's authorize page, access token, logout. Tokens and
 * problems are written in the configured {@link TokenReplyFormat}; a problem is HTTP 401.
 */
final class OAuthEndpoints {

    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final RenderfarmFiState state;
    private final RenderfarmFiSettings settings;
    private final OAuthVerifier verifier;

    OAuthEndpoints(RenderfarmFiState state, RenderfarmFiSettings settings, OAuthVerifier verifier) {
        this.state = state;
        this.settings = settings;
        this.verifier = verifier;
    }

    /** Signed with the consumer alone; a fresh request token each time, remembering {@code oauth_callback}. */
    EmulatorResponse requestToken(EmulatorRequest request) {
        try {
            SignedRequest signed = SignedRequest.fromHttp(request);
            Verified verified = verifier.verify(signed, Credential.CONSUMER);
            RequestToken token = state.issueRequestToken(verified.consumerKey(),
                    signed.value("oauth_callback").orElse(null));
            return reply(tokenPair(token.token(), token.secret()));
        } catch (OAuthProblem problem) {
            return problem(request, problem);
        }
    }

    /**
     * Signed with the authorized request token; consumes it. An {@code oauth_verifier} is signed like any parameter
     * and accepted; an {@code oauth_token_secret} sent by a client that follows the page's parameter list is signed
     * like any parameter too, and its value ignored.
     */
    EmulatorResponse accessToken(EmulatorRequest request) {
        try {
            Verified verified = verifier.verify(SignedRequest.fromHttp(request), Credential.REQUEST_TOKEN);
            AccessToken access = state.exchange(verified.requestToken().token());
            return reply(tokenPair(access.token(), access.secret()));
        } catch (OAuthProblem problem) {
            return problem(request, problem);
        }
    }

    /** Revokes the access token it is signed with; "nothing" is an empty form or an empty struct. */
    EmulatorResponse logout(EmulatorRequest request) {
        try {
            Verified verified = verifier.verify(SignedRequest.fromHttp(request), Credential.ACCESS_TOKEN);
            if (!state.revoke(verified.accessToken().token())) {
                throw new OAuthProblem(OAuthProblem.TOKEN_REVOKED, "the access token was logged out");
            }
            return reply(Map.of());
        } catch (OAuthProblem problem) {
            return problem(request, problem);
        }
    }

    /**
     * The page the user's browser visits (spec §5.2). The seeded user is taken to be signed in and to approve at
     * once; the browser goes back to the callback with {@code oauth_token}, or sees a page when there is none.
     */
    EmulatorResponse authorize(EmulatorRequest request) {
        Optional<String> token = request.query().first("oauth_token").filter(t -> !t.isEmpty());
        if (token.isEmpty()) {
            return page(400, "Missing oauth_token", "The link you followed has no request token.");
        }
        Optional<RequestToken> authorized = state.authorizePending(token.get());
        if (authorized.isEmpty()) {
            return page(400, "Invalid request token", "The request token is unknown or was already used.");
        }
        String callback = request.query().first("oauth_callback").filter(c -> !c.isEmpty())
                .orElse(authorized.get().callback());
        if (callback == null || callback.isEmpty() || callback.equals("oob")) {
            return page(200, "Access granted", "You allowed the application to act for you. Request token: "
                    + token.get());
        }
        String separator = callback.contains("?") ? "&" : "?";
        return EmulatorResponse.redirect(callback + separator + "oauth_token=" + OAuthSignature.pct(token.get()));
    }

    private static Map<String, Object> tokenPair(String token, String secret) {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("oauth_token", token);
        pair.put("oauth_token_secret", secret);
        return pair;
    }

    private EmulatorResponse reply(Map<String, Object> members) {
        return reply(200, members);
    }

    private EmulatorResponse problem(EmulatorRequest request, OAuthProblem problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("oauth_problem", problem.problem());
        members.put("oauth_problem_advice", problem.advice());
        String realm = "http://" + request.header("Host").orElse("127.0.0.1") + "/";
        return reply(401, members).withHeader("WWW-Authenticate", "OAuth realm=\"" + realm + "\"");
    }

    private EmulatorResponse reply(int status, Map<String, Object> members) {
        if (settings.tokenReplyFormat() == TokenReplyFormat.XMLRPC) {
            boolean quirks = settings.sampleQuirks();
            return EmulatorResponse.status(status).withBody(Replies.contentType(quirks),
                    new XmlRpcWriter(quirks).response(members));
        }
        StringBuilder form = new StringBuilder();
        members.forEach((name, value) -> {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(OAuthSignature.pct(name)).append('=').append(OAuthSignature.pct(String.valueOf(value)));
        });
        return EmulatorResponse.status(status).withBody(FORM_TYPE, form.toString());
    }

    private static EmulatorResponse page(int status, String title, String text) {
        return EmulatorResponse.status(status).withBody(EmulatorResponse.HTML_UTF8,
                "<!DOCTYPE html>\n<html><head><title>Renderfarm.fi – " + Replies.html(title)
                        + "</title></head><body>\n<h1>" + Replies.html(title) + "</h1>\n<p>" + Replies.html(text)
                        + "</p>\n</body></html>\n");
    }
}
