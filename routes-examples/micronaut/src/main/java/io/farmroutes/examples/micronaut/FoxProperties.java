package io.farmroutes.examples.micronaut;

import io.micronaut.context.annotation.ConfigurationProperties;

/** The real Fox Renderfarm's settings ({@code farmroutes.fox.*}); used when the sandbox is off. */
@ConfigurationProperties("farmroutes.fox")
public class FoxProperties {

    private String domain;
    private String accessId;
    private String accessKey;
    private Integer platform;

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
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

    // no toString: the bean holds a secret, and Object's toString never prints it
}
