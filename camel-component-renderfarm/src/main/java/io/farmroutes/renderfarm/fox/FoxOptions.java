package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.render.FarmSettings;

import java.util.Locale;

/**
 * The Fox connection options, read from the component's settings and checked: where to send requests and
 * the values of the signed headers. The access key is only checked here; the signer reads it itself.
 *
 * @param languageFlag the {@code languageFlag} header: 0 Chinese, 1 English
 */
record FoxOptions(String accessId, String baseUrl, String platform, String channel,
                  String apiVersion, String languageFlag, boolean documentedPaths) {

    static final String DEFAULT_DOMAIN = "task.foxrenderfarm.com";
    static final String DEFAULT_CHANNEL = "4";
    static final String DEFAULT_API_VERSION = "2.0.0";

    static FoxOptions from(FarmSettings settings, String endpoint) {
        String domain = settings.text("domain").orElse(DEFAULT_DOMAIN);
        if (domain.contains("/") || domain.contains("?")) {
            throw new InvalidParameterException(endpoint, "domain", "must be a bare host, with :port when needed"
                    + " (e.g. task.foxrenderfarm.com), not a URL");
        }
        String protocol = settings.text("protocol").orElse("https").toLowerCase(Locale.ROOT);
        if (!protocol.equals("https") && !protocol.equals("http")) {
            throw new InvalidParameterException(endpoint, "protocol", "must be https or http");
        }
        String accessId = settings.text("accessId").orElseThrow(() -> missing(endpoint, "accessId"));
        if (settings.text("accessKey").isEmpty()) {
            throw missing(endpoint, "accessKey");
        }
        String platform = settings.text("platform").orElseThrow(() -> missing(endpoint, "platform"));
        if (!platform.chars().allMatch(Character::isDigit)) {
            throw new InvalidParameterException(endpoint, "platform", "must be a platform id such as 2");
        }
        String languageFlag = settings.text("languageFlag")
                // the current SDK's rule: Chinese for the mainland domain, English elsewhere
                .orElse(domain.contains("renderbus") ? "0" : "1");
        if (!languageFlag.equals("0") && !languageFlag.equals("1")) {
            throw new InvalidParameterException(endpoint, "languageFlag", "must be 0 (Chinese) or 1 (English)");
        }
        boolean documented = settings.text("documentedPaths").map(Boolean::parseBoolean).orElse(false);
        return new FoxOptions(accessId, protocol + "://" + domain, platform,
                settings.text("channel").orElse(DEFAULT_CHANNEL), settings.text("apiVersion").orElse(DEFAULT_API_VERSION),
                languageFlag, documented);
    }

    private static InvalidParameterException missing(String endpoint, String option) {
        return new InvalidParameterException(endpoint, option, "is required: set the option " + option
                + " on the endpoint or as camel.component.renderfarm." + option);
    }
}
