package io.farmroutes.ipernity;

import io.farmroutes.spi.camel.ServiceConfiguration;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of the ipernity: component and its endpoints: the API base, the application's key and secret, the token. */
@UriParams
public class IpernityConfiguration extends ServiceConfiguration {

    public static final String DEFAULT_BASE_URL = "https://api.ipernity.com/api/";
    public static final String DEFAULT_AUTHORIZE_URL = "https://www.ipernity.com/apps/authorize";

    @UriParam(defaultValue = DEFAULT_BASE_URL,
              description = "The API base; a method is called at this URL followed by the method name and /json.")
    private String baseUrl = DEFAULT_BASE_URL;
    @UriParam(label = "security", description = "The application's API key (api_key).")
    private String apiKey;
    @UriParam(label = "security", secret = true,
              description = "The application's secret, used only to compute api_sig; it is never sent.")
    private String apiSecret;
    @UriParam(label = "security", secret = true,
              description = "The user's auth_token, for calls made on behalf of a user.")
    private String authToken;
    @UriParam(label = "advanced", defaultValue = DEFAULT_AUTHORIZE_URL,
              description = "The browser page where users authorize the application.")
    private String authorizeUrl = DEFAULT_AUTHORIZE_URL;

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

    public String getAuthorizeUrl() {
        return authorizeUrl;
    }

    public void setAuthorizeUrl(String authorizeUrl) {
        this.authorizeUrl = authorizeUrl;
    }

    @Override
    public IpernityConfiguration copy() {
        return (IpernityConfiguration) super.copy();
    }

    @Override
    public String toString() {
        // the api key travels in every request, but Camel counts apiKey as sensitive, and so do we
        return "IpernityConfiguration[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "****")
                + ", apiSecret=" + (apiSecret == null ? "unset" : "****") + ", authToken="
                + (authToken == null ? "unset" : "****")
                + "]";
    }
}
