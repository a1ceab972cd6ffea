package io.farmroutes.sandbox.boinc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The few PHP behaviours the BOINC scripts depend on, so that the emulator answers as PHP would. */
final class Php {

    // is_numeric(): optional surrounding whitespace (trailing allowed since PHP 8), decimal or exponent form.
    private static final Pattern NUMERIC =
            Pattern.compile("[ \\t\\n\\r\\x0B\\f]*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[ \\t\\n\\r\\x0B\\f]*");

    // gmdate('j M Y, G:i:s') . ' UTC': day and hour without leading zeros.
    private static final DateTimeFormatter PRETTY_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, H:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Php() {
    }

    static boolean isNumeric(String s) {
        return s != null && NUMERIC.matcher(s).matches();
    }

    /** PHP truthiness of a string: null, "" and "0" are false. */
    static boolean truthy(String s) {
        return s != null && !s.isEmpty() && !s.equals("0");
    }

    /** (int) cast of a numeric string: "3.9" is 3, "1e3" is 1000. */
    static long toInt(String numeric) {
        return new BigDecimal(numeric.strip()).longValue();
    }

    /** htmlspecialchars() with ENT_QUOTES, the modern PHP default. */
    static String htmlspecialchars(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#039;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String md5(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing from the JDK", e);
        }
    }

    /**
     * A double as MySQL hands it to PHP (a string): shortest form, never an exponent, no ".0" on whole
     * numbers, e.g. {@code 3806.869739}, {@code 1110833427.64028}, {@code 0}.
     */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** E.g. {@code 5 Mar 2021, 9:07:12 UTC}. */
    static String prettyTime(long unixSeconds) {
        return PRETTY_TIME.format(Instant.ofEpochSecond(unixSeconds));
    }
}
