package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiState.AccessToken;
import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiState.RequestToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OAuth 1.0 provider's checks (spec §2): protocol parameters present and single, HMAC-SHA1, version,
 * timestamp window, consumer, token, signature, nonce, and finally the token's own status. The status comes after
 * the signature so that only a correctly signed request learns whether a token is used or revoked.
 */
final class OAuthVerifier {

    /** Which token a request must be signed with. */
    enum Credential {
        /** oauth.requestToken: none, an empty token secret. */
        CONSUMER,
        /** oauth.accessToken: an authorized, unused request token. */
        REQUEST_TOKEN,
        /** Everything after the flow: a live access token. */
        ACCESS_TOKEN,
        /** community.getSession: an access token when acting for a user, else none. */
        OPTIONAL_ACCESS_TOKEN
    }

    /** A request whose signature checked out. */
    record Verified(String consumerKey, RequestToken requestToken, AccessToken accessToken) {
    }

    private static final String SIGNATURE_METHOD = "HMAC-SHA1";

    private final RenderfarmFiState state;
    private final RenderfarmFiSettings settings;

    OAuthVerifier(RenderfarmFiState state, RenderfarmFiSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    /** @throws OAuthProblem naming the first check that failed */
    Verified verify(SignedRequest request, Credential credential) {
        rejectRepeatedProtocolParameters(request);
        boolean needsToken = credential == Credential.REQUEST_TOKEN || credential == Credential.ACCESS_TOKEN;
        requirePresent(request, needsToken);
        String method = request.value("oauth_signature_method").orElseThrow();
        if (!method.equals(SIGNATURE_METHOD)) {
            throw new OAuthProblem(OAuthProblem.SIGNATURE_METHOD_REJECTED,
                    "oauth_signature_method " + method + " is not supported; use HMAC-SHA1");
        }
        request.value("oauth_version").filter(v -> !v.equals("1.0")).ifPresent(v -> {
            throw new OAuthProblem(OAuthProblem.VERSION_REJECTED, "oauth_version " + v + " is not supported; send 1.0"
                    + " or leave it out");
        });
        long timestamp = checkTimestamp(request.value("oauth_timestamp").orElseThrow());
        String consumerKey = request.value("oauth_consumer_key").orElseThrow();
        String consumerSecret = state.consumerSecret(consumerKey).orElseThrow(() -> new OAuthProblem(
                OAuthProblem.CONSUMER_KEY_UNKNOWN, "no consumer with the key " + consumerKey));

        Optional<String> token = request.value("oauth_token");
        RequestToken requestToken = null;
        AccessToken accessToken = null;
        String tokenSecret = "";
        if (credential == Credential.REQUEST_TOKEN) {
            requestToken = state.requestToken(token.orElseThrow()).filter(t -> t.consumerKey().equals(consumerKey))
                    .orElseThrow(() -> new OAuthProblem(OAuthProblem.TOKEN_REJECTED,
                            "oauth_token is not a request token issued to this consumer"));
            tokenSecret = requestToken.secret();
        } else if (credential == Credential.ACCESS_TOKEN
                || credential == Credential.OPTIONAL_ACCESS_TOKEN && token.isPresent()) {
            accessToken = state.accessToken(token.orElseThrow()).filter(t -> t.consumerKey().equals(consumerKey))
                    .orElseThrow(() -> new OAuthProblem(OAuthProblem.TOKEN_REJECTED,
                            "oauth_token is not an access token issued to this consumer"));
            tokenSecret = accessToken.secret();
        }

        checkSignature(request, consumerSecret, tokenSecret);
        String nonce = request.value("oauth_nonce").orElseThrow();
        if (!state.useNonce(consumerKey, nonce, timestamp)) {
            throw new OAuthProblem(OAuthProblem.NONCE_USED, "oauth_nonce " + nonce + " was already used by this"
                    + " consumer; every request needs a new one");
        }

        if (requestToken != null && requestToken.used()) {
            throw new OAuthProblem(OAuthProblem.TOKEN_USED, "the request token was already exchanged");
        }
        if (requestToken != null && requestToken.authorizedBy() == null) {
            throw new OAuthProblem(OAuthProblem.PERMISSION_UNKNOWN, "the user has not authorized the request token");
        }
        if (accessToken != null && accessToken.revoked()) {
            throw new OAuthProblem(OAuthProblem.TOKEN_REVOKED, "the access token was logged out");
        }
        return new Verified(consumerKey, requestToken, accessToken);
    }

    private static void rejectRepeatedProtocolParameters(SignedRequest request) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map.Entry<String, String> p : request.parameters()) {
            if (p.getKey().startsWith("oauth_") && counts.merge(p.getKey(), 1, Integer::sum) == 2) {
                throw new OAuthProblem(OAuthProblem.PARAMETER_REJECTED, p.getKey() + " was sent more than once");
            }
        }
    }

    private static void requirePresent(SignedRequest request, boolean needsToken) {
        List<String> required = new ArrayList<>(List.of("oauth_consumer_key", "oauth_signature_method",
                "oauth_timestamp", "oauth_nonce", "oauth_signature"));
        if (needsToken) {
            required.add("oauth_token");
        }
        List<String> absent = required.stream().filter(name -> request.value(name).isEmpty()).toList();
        if (!absent.isEmpty()) {
            throw new OAuthProblem(OAuthProblem.PARAMETER_ABSENT, "missing " + String.join(", ", absent));
        }
    }

    private long checkTimestamp(String text) {
        if (!text.matches("[0-9]{1,12}")) {
            throw new OAuthProblem(OAuthProblem.TIMESTAMP_REFUSED, "oauth_timestamp must be Unix seconds: " + text);
        }
        long timestamp = Long.parseLong(text);
        long now = state.now().getEpochSecond();
        long window = settings.timestampWindow().toSeconds();
        if (Math.abs(timestamp - now) > window) {
            throw new OAuthProblem(OAuthProblem.TIMESTAMP_REFUSED, "oauth_timestamp " + timestamp + " is "
                    + Math.abs(timestamp - now) + " s from the server clock (" + now + "); acceptable: "
                    + (now - window) + "-" + (now + window));
        }
        return timestamp;
    }

    private static void checkSignature(SignedRequest request, String consumerSecret, String tokenSecret) {
        List<Map.Entry<String, String>> signed = request.parameters().stream()
                .filter(p -> !p.getKey().equals("oauth_signature"))
                .toList();
        String baseString = OAuthSignature.baseString(request.httpMethod(), request.baseUri(), signed);
        String expected = OAuthSignature.sign(consumerSecret, tokenSecret, baseString);
        String given = request.value("oauth_signature").orElseThrow();
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            // the base string holds no secret and is what a client author needs to find the difference
            throw new OAuthProblem(OAuthProblem.SIGNATURE_INVALID, "the signature does not match; the server signed "
                    + baseString);
        }
    }
}
