package io.farmroutes.ipernity;

import io.farmroutes.ipernity.service.ApiSignature;
import io.farmroutes.spi.error.InvalidParameterException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the browser link where a user authorizes the application, signed without a method name (spec §8.2). */
public final class AuthorizeUrl {

    private static final String LABEL = "ipernity authorize URL";

    private AuthorizeUrl() {
    }

    /**
     * @param page        the authorize page, e.g. {@link IpernityConfiguration#DEFAULT_AUTHORIZE_URL}
     * @param frob        the frob of the desktop flow, or null for the web flow
     * @param permissions the levels requested per target; at least one
     */
    public static String build(String page, String apiKey, String apiSecret, String frob,
                               Map<PermissionTarget, Permission> permissions) {
        require(apiKey, "apiKey");
        require(apiSecret, "apiSecret");
        require(page, "authorizeUrl");
        if (permissions == null || permissions.isEmpty()) {
            throw new InvalidParameterException(LABEL, "permissions", "must request at least one permission");
        }
        List<Map.Entry<String, String>> params = new ArrayList<>();
        params.add(new SimpleImmutableEntry<>("api_key", apiKey));
        if (frob != null && !frob.isEmpty()) {
            params.add(new SimpleImmutableEntry<>("frob", frob));
        }
        permissions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> params.add(new SimpleImmutableEntry<>(e.getKey().parameter(),
                        checkedLevel(e.getKey(), e.getValue()))));
        String signature = ApiSignature.sign(params, "", apiSecret);
        StringBuilder url = new StringBuilder(page).append(page.contains("?") ? '&' : '?');
        for (Map.Entry<String, String> p : params) {
            url.append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                    .append('&');
        }
        return url.append("api_sig=").append(signature).toString();
    }

    private static String checkedLevel(PermissionTarget target, Permission level) {
        if (level == null || level == Permission.NONE) {
            throw new InvalidParameterException(LABEL, target.parameter(), "must be read, write or delete");
        }
        if (!target.highest().includes(level)) {
            throw new InvalidParameterException(LABEL, target.parameter(),
                    "cannot be " + level.wireName() + "; the highest level is " + target.highest().wireName());
        }
        return level.wireName();
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(LABEL, name, "is required");
        }
    }
}
