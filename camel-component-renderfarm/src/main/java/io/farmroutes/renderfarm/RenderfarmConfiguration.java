package io.farmroutes.renderfarm;

import io.farmroutes.spi.camel.ServiceConfiguration;
import io.farmroutes.spi.render.FarmSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the renderfarm: component and its endpoints: which farm, how to reach it, its credentials and
 * per-operation paths. Providers read them by name through {@link FarmSettings}.
 */
@UriParams
public class RenderfarmConfiguration extends ServiceConfiguration implements FarmSettings {

    public static final String DEFAULT_PROVIDER = "fox";

    @UriParam(defaultValue = DEFAULT_PROVIDER,
              description = "The render farm: fox (Fox Renderfarm / Renderbus), flamenco (the 2015 Flamenco"
                            + " server), renderfarmfi (Renderfarm.fi), or the id of any provider on the class path.")
    private String provider = DEFAULT_PROVIDER;
    @UriParam(label = "fox", description = "Fox: the API host, with :port when not the default (no scheme, no path)."
                                           + " Renderbus (mainland China) is task.renderbus.com.",
              defaultValue = "task.foxrenderfarm.com")
    private String domain;
    @UriParam(label = "fox", defaultValue = "https", enums = "https,http",
              description = "Fox: https, or http only where asked for (a local emulator).")
    private String protocol;
    @UriParam(label = "fox,security", description = "Fox: the account's access id.")
    private String accessId;
    @UriParam(label = "fox,security", secret = true,
              description = "Fox: the account's access key; used only to sign requests, never sent.")
    private String accessKey;
    @UriParam(label = "fox", description = "Fox: the render platform (cluster) id given to the account, e.g. 2.")
    private Integer platform;
    @UriParam(label = "fox", description = "Fox: the zone, 1 mainland (renderbus) or 2 international; the default"
                                           + " of the zone parameter of platform/list and transfer/serverInfo.")
    private Integer zone;
    @UriParam(label = "fox,advanced", defaultValue = "4", description = "Fox: the channel header.")
    private String channel;
    @UriParam(label = "fox,advanced", defaultValue = "2.0.0", description = "Fox: the API version header.")
    private String apiVersion;
    @UriParam(label = "fox,advanced",
              description = "Fox: the languageFlag header, 0 Chinese or 1 English. By default 0 for a renderbus"
                            + " domain and 1 otherwise, as the current SDK does.")
    private Integer languageFlag;
    @UriParam(label = "fox,advanced", defaultValue = "false",
              description = "Fox: use the API documentation's paths where they differ from the SDK's (stopTask,"
                            + " startTask, getTaskList, queryTaskInfo, deleteTaskLabel, getRaySyncUserKey).")
    private boolean documentedPaths;
    @UriParam(label = "flamenco,renderfarmfi",
              description = "Flamenco: the server's URL, e.g. http://flamenco.local:9999 (required; the server has no"
                            + " authentication). Renderfarm.fi: the XML-RPC host instead of http://xmlrpc.renderfarm.fi;"
                            + " each method is at baseUrl/<method>.")
    private String baseUrl;
    @UriParam(label = "renderfarmfi,security", description = "Renderfarm.fi: the OAuth consumer key of this application.")
    private String consumerKey;
    @UriParam(label = "renderfarmfi,security", secret = true,
              description = "Renderfarm.fi: the OAuth consumer secret; used only to sign, never sent.")
    private String consumerSecret;
    @UriParam(label = "renderfarmfi,security", secret = true,
              description = "Renderfarm.fi: the OAuth access token acting for the user (oauth/accessToken gives it).")
    private String accessToken;
    @UriParam(label = "renderfarmfi,security", secret = true,
              description = "Renderfarm.fi: the access token's secret; used only to sign, never sent.")
    private String accessTokenSecret;
    @UriParam(label = "renderfarmfi,advanced", defaultValue = "header", enums = "header,query",
              description = "Renderfarm.fi: where the OAuth parameters travel, the Authorization header (RFC 5849"
                            + " 3.5.1) or the query string (3.5.3); both are signed alike.")
    private String oauthPlacement;
    @UriParam(label = "renderfarmfi,advanced", defaultValue = "false",
              description = "Renderfarm.fi: also send oauth_version=1.0, which OAuth 1.0 makes optional.")
    private boolean oauthVersion;
    @UriParam(label = "advanced", description = "Paths that replace the catalog's, by endpoint name, e.g."
                                                + " task/list=/api/render/handle/getTaskList.")
    private Map<String, String> operationPaths = new LinkedHashMap<>();
    @UriParam(label = "advanced", prefix = "providerOption.", multiValue = true,
              description = "Options of a third-party provider, e.g. providerOption.region=eu on an endpoint or"
                            + " camel.component.renderfarm.providerOptions[region]=eu; the provider documents them.")
    private Map<String, Object> providerOptions = new LinkedHashMap<>();

    /** A built-in option by name; a provider option of the same name stands in while the built-in is unset. */
    @Override
    public Object option(String name) {
        Object builtIn = builtInOption(name);
        return builtIn != null ? builtIn : providerOptions.get(name);
    }

    private Object builtInOption(String name) {
        return switch (name) {
            case "provider" -> provider;
            case "domain" -> domain;
            case "protocol" -> protocol;
            case "accessId" -> accessId;
            case "accessKey" -> accessKey;
            case "platform" -> platform;
            case "zone" -> zone;
            case "channel" -> channel;
            case "apiVersion" -> apiVersion;
            case "languageFlag" -> languageFlag;
            case "documentedPaths" -> documentedPaths;
            case "baseUrl" -> baseUrl;
            case "consumerKey" -> consumerKey;
            case "consumerSecret" -> consumerSecret;
            case "accessToken" -> accessToken;
            case "accessTokenSecret" -> accessTokenSecret;
            case "oauthPlacement" -> oauthPlacement;
            case "oauthVersion" -> oauthVersion;
            default -> null;
        };
    }

    @Override
    public Optional<String> pathOverride(String endpoint) {
        return Optional.ofNullable(operationPaths.get(endpoint)).filter(path -> !path.isBlank());
    }

    @Override
    public RenderfarmConfiguration copy() {
        RenderfarmConfiguration copy = (RenderfarmConfiguration) super.copy();
        copy.operationPaths = new LinkedHashMap<>(operationPaths);
        copy.providerOptions = new LinkedHashMap<>(providerOptions);
        return copy;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getAccessId() {
        return accessId;
    }

    public void setAccessId(String accessId) {
        this.accessId = accessId;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public Integer getPlatform() {
        return platform;
    }

    public void setPlatform(Integer platform) {
        this.platform = platform;
    }

    public Integer getZone() {
        return zone;
    }

    public void setZone(Integer zone) {
        this.zone = zone;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public Integer getLanguageFlag() {
        return languageFlag;
    }

    public void setLanguageFlag(Integer languageFlag) {
        this.languageFlag = languageFlag;
    }

    public boolean isDocumentedPaths() {
        return documentedPaths;
    }

    public void setDocumentedPaths(boolean documentedPaths) {
        this.documentedPaths = documentedPaths;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getConsumerKey() {
        return consumerKey;
    }

    public void setConsumerKey(String consumerKey) {
        this.consumerKey = consumerKey;
    }

    public String getConsumerSecret() {
        return consumerSecret;
    }

    public void setConsumerSecret(String consumerSecret) {
        this.consumerSecret = consumerSecret;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getAccessTokenSecret() {
        return accessTokenSecret;
    }

    public void setAccessTokenSecret(String accessTokenSecret) {
        this.accessTokenSecret = accessTokenSecret;
    }

    public String getOauthPlacement() {
        return oauthPlacement;
    }

    public void setOauthPlacement(String oauthPlacement) {
        this.oauthPlacement = oauthPlacement;
    }

    public boolean isOauthVersion() {
        return oauthVersion;
    }

    public void setOauthVersion(boolean oauthVersion) {
        this.oauthVersion = oauthVersion;
    }

    public Map<String, String> getOperationPaths() {
        return operationPaths;
    }

    public void setOperationPaths(Map<String, String> operationPaths) {
        this.operationPaths = operationPaths == null ? new LinkedHashMap<>() : new LinkedHashMap<>(operationPaths);
    }

    public Map<String, Object> getProviderOptions() {
        return providerOptions;
    }

    public void setProviderOptions(Map<String, Object> providerOptions) {
        this.providerOptions = providerOptions == null ? new LinkedHashMap<>() : new LinkedHashMap<>(providerOptions);
    }

    @Override
    public String toString() {
        return "RenderfarmConfiguration[provider=" + provider + ", domain=" + domain + ", accessId=" + accessId
                + ", accessKey=" + (accessKey == null ? "unset" : "****") + ", platform=" + platform
                + ", baseUrl=" + baseUrl + ", consumerKey=" + consumerKey
                + ", consumerSecret=" + (consumerSecret == null ? "unset" : "****")
                + ", accessToken=" + (accessToken == null ? "unset" : "set")
                + ", accessTokenSecret=" + (accessTokenSecret == null ? "unset" : "****")
                + ", providerOptions=" + providerOptions.keySet() + "]";
    }
}
