package io.farmroutes.examples.micronaut;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The real ipernity's settings ({@code farmroutes.ipernity.*}); used when the sandbox is off. */
@ConfigurationProperties("farmroutes.ipernity")
public class IpernityProperties {

    private String baseUrl;
    private String apiKey;
    private String apiSecret;
    private String authToken;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getApiSecret() {
        return apiSecret;
    }

    public void setApiSecret(String apiSecret) {
        this.apiSecret = apiSecret;
    }

    public String getAuthToken() {
        return authToken;
    }

    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    // no toString: the bean holds secrets, and Object's toString never prints them
}
