package com.acme.farm;

import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.render.FarmSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where Acme is and who is calling: the base URL from the provider option {@code baseUrl} and the access key
 * from the component's {@code accessKey} option. The key is a secret: it is never part of a message or of
 * {@link #toString()}.
 */
record AcmeConnection(String baseUrl, String accessKey) {

    /** The provider option users set as {@code providerOption.baseUrl=...}. */
    static final String BASE_URL = "baseUrl";
    /** The component's own (secret, masked) option, reused for Acme's bearer token. */
    static final String ACCESS_KEY = "accessKey";

    /** Reads and checks the options; a missing or unusable one fails before anything is sent. */
    static AcmeConnection from(FarmSettings settings, String endpoint) {
        String baseUrl = settings.text(BASE_URL).orElseThrow(() -> new InvalidParameterException(endpoint,
                "providerOption." + BASE_URL, "is required by provider acme: the Acme API's address, e.g."
                        + " https://api.acme-render.example"));
        checkBaseUrl(baseUrl, endpoint);
        String accessKey = settings.text(ACCESS_KEY).orElseThrow(() -> new InvalidParameterException(endpoint,
                ACCESS_KEY, "is required by provider acme: the account's access key (sent as a bearer token)"));
        return new AcmeConnection(baseUrl, accessKey);
    }

    private static void checkBaseUrl(String baseUrl, String endpoint) {
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new InvalidParameterException(endpoint, "providerOption." + BASE_URL, "is not a URL");
        }
        if (uri.getUserInfo() != null || uri.getQuery() != null) {
            // credentials belong in accessKey, where they are masked; a query would be lost anyway
            throw new InvalidParameterException(endpoint, "providerOption." + BASE_URL,
                    "must carry neither user info nor a query string");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new InvalidParameterException(endpoint, "providerOption." + BASE_URL,
                    "must be an http or https URL with a host, got '" + baseUrl + "'");
        }
    }

    @Override
    public String toString() {
        return "AcmeConnection[baseUrl=" + baseUrl + ", accessKey=****]";
    }
}
