package io.farmroutes.renderfarm.renderfarmfi.model;

/**
 * A token and its secret from oauth/requestToken or oauth/accessToken. For a request token,
 * {@code authorizationUrl} is the page to send the user to; for an access token it is null. The secret is
 * never shown by {@link #toString()}.
 */
public record OAuthToken(String token, String tokenSecret, String authorizationUrl) {

    @Override
    public String toString() {
        return "OAuthToken[token=" + token + ", tokenSecret=****"
               + (authorizationUrl == null ? "" : ", authorizationUrl=" + authorizationUrl) + "]";
    }
}
