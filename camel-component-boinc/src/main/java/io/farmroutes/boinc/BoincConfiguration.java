package io.farmroutes.boinc;

import io.farmroutes.spi.camel.ServiceConfiguration;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of the boinc: component and its endpoints: the project, the account's credentials, discovery. */
@UriParams
public class BoincConfiguration extends ServiceConfiguration {

    @UriParam(description = "The project's master URL, e.g. https://project.example.org/ (RPC scripts live under"
                            + " it, or under the web_rpc_url_base its configuration names).")
    private String projectUrl;
    @UriParam(label = "security", secret = true,
              description = "The account key (authenticator) for the RPCs that act for an account.")
    private String accountKey;
    @UriParam(label = "security",
              description = "The account's email address, for account/lookup and account/create.")
    private String email;
    @UriParam(label = "security", secret = true,
              description = "The account's password; only md5(password + lower-case email) is ever sent.")
    private String password;
    @UriParam(label = "advanced", defaultValue = "true",
              description = "Ask the project configuration once for web_rpc_url_base and send RPCs there.")
    private boolean discoverRpcBase = true;

    public String getProjectUrl() {
        return projectUrl;
    }

    public void setProjectUrl(String projectUrl) {
        this.projectUrl = projectUrl;
    }

    public String getAccountKey() {
        return accountKey;
    }

    public void setAccountKey(String accountKey) {
        this.accountKey = accountKey;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDiscoverRpcBase() {
        return discoverRpcBase;
    }

    public void setDiscoverRpcBase(boolean discoverRpcBase) {
        this.discoverRpcBase = discoverRpcBase;
    }

    @Override
    public BoincConfiguration copy() {
        return (BoincConfiguration) super.copy();
    }

    @Override
    public String toString() {
        return "BoincConfiguration[projectUrl=" + projectUrl + ", email=" + email + ", accountKey="
                + (accountKey == null ? "unset" : "****") + ", password=" + (password == null ? "unset" : "****")
                + "]";
    }
}
