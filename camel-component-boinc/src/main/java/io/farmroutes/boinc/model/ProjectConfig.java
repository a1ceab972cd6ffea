package io.farmroutes.boinc.model;

import java.util.List;
import java.util.Map;

/** The project configuration of get_project_config.php; unknown elements are kept in {@code extra}. */
public record ProjectConfig(String name, String masterUrl, String webRpcUrlBase, String serverVersion,
                            boolean accountManager, String localRevision, boolean webStopped,
                            boolean accountCreationDisabled, boolean inviteCodeRequired, int minPasswordLength,
                            boolean schedulerStopped, Integer minClientVersion, List<Platform> platforms,
                            String termsOfUse, boolean ldapAuth, String accountOwnershipPublicKey,
                            Map<String, String> extra) {
}
