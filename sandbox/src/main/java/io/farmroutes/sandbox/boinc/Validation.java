package io.farmroutes.sandbox.boinc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** BOINC's checks of user names, email addresses, URLs and preference XML. */
final class Validation {

    // Roughly PHP's FILTER_VALIDATE_EMAIL: dot-atom local part, dotted host name with at least two labels.
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");

    private Validation() {
    }

    /** is_valid_user_name(): null when fine, else the reason create_account reports with -188. */
    static String userNameProblem(String name) {
        if (!phpTrim(name).equals(name)) {
            return "user name cannot have leading or trailing white space";
        }
        if (name.isEmpty()) {
            return "user name must be nonempty";
        }
        if (Php.isNumeric(name)) {
            return "user name may not be a number";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("'\"<>&".indexOf(c) >= 0 || c < 0x20 || c == 0x7f) {
                return "user name may not contain special characters";
            }
        }
        return null;
    }

    static boolean emailSyntaxValid(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    static boolean emailBanned(String email, BoincSettings settings) {
        String domain = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return settings.bannedEmailDomains().stream()
                .anyMatch(banned -> domain.equals(banned) || domain.endsWith("." + banned));
    }

    /** normalize_user_url(): add http:// when no scheme is given; "" when the result is no URL. */
    static String normalizeUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        String full = lower.startsWith("http://") || lower.startsWith("https://") ? url : "http://" + url;
        try {
            URI uri = new URI(full);
            return uri.getHost() == null || !uri.getHost().contains(".") ? "" : full;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    /**
     * The 1.6 am_set_info check of preference XML: start tag first, end tag last, CRLF line breaks.
     * Returns null when fine, else the problem.
     */
    static String prefsProblem(String xml, String startTag, String endTag) {
        String trimmed = phpTrim(xml);
        if (!trimmed.startsWith(startTag)) {
            return "no start tag " + startTag;
        }
        if (!trimmed.endsWith(endTag)) {
            return "no end tag " + endTag;
        }
        if (!xml.contains("\r\n")) {
            return "lines must end with CR LF";
        }
        return null;
    }

    /** PHP trim(): strips space, tab, LF, CR, NUL and vertical tab only. */
    static String phpTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmed(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == 0x0B;
    }
}
