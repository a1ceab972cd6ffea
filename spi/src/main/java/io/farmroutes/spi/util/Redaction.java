package io.farmroutes.spi.util;

import java.util.regex.Pattern;

/** Removes credential values from text that came back from a service (redirect locations, echoed URLs). */
public final class Redaction {

    private static final Pattern CREDENTIAL_IN_QUERY = Pattern.compile(
            "(?i)((?:auth|auth_token|account_key|authenticator|passwd_hash|password_hash|password|passwd|api_sig"
            + "|api_key|access_?key|secret|oauth_token|oauth_signature)=)[^&#\\s]*");

    private Redaction() {
    }

    public static String redactQuery(String text) {
        return text == null ? null : CREDENTIAL_IN_QUERY.matcher(text).replaceAll("$1****");
    }

    /** Shows that a secret is set without showing it. */
    public static String mask(String secret) {
        return secret == null ? "null" : "****";
    }
}
