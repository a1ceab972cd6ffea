package io.farmroutes.spi.oauth;

import io.farmroutes.spi.util.Redaction;

/**
 * The four OAuth 1.0 credentials of a signed request; token and token secret are absent while asking for a
 * request token. The secrets never appear in {@link #toString()}.
 */
public record OAuthCredentials(String consumerKey, String consumerSecret, String token, String tokenSecret) {

    public OAuthCredentials {
        if (consumerKey == null || consumerKey.isBlank()) {
            throw new IllegalArgumentException("the consumer key is required");
        }
        if (consumerSecret == null) {
            throw new IllegalArgumentException("the consumer secret is required");
        }
    }

    /** Consumer credentials only, as for the temporary-credentials (request token) request. */
    public static OAuthCredentials consumer(String consumerKey, String consumerSecret) {
        return new OAuthCredentials(consumerKey, consumerSecret, null, null);
    }

    public OAuthCredentials withToken(String newToken, String newTokenSecret) {
        return new OAuthCredentials(consumerKey, consumerSecret, newToken, newTokenSecret);
    }

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "OAuthCredentials[consumerKey=" + consumerKey + ", consumerSecret=" + Redaction.mask(consumerSecret)
               + ", token=" + (hasToken() ? token : "none") + ", tokenSecret=" + Redaction.mask(tokenSecret) + "]";
    }
}
