package io.farmroutes.spi.xmlrpc;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a typed scalar element ({@code <int>}, {@code <boolean>}, {@code <double>}, ...) into its
 * Java value. Only ASCII digits count as digits: the JDK's own number parsers would also accept, say,
 * Arabic-Indic digits, which no XML-RPC server means.
 */
final class XmlRpcScalars {

    /** Dates are short; anything longer is refused before a regular expression ever sees it. */
    private static final int MAX_DATE_LENGTH = 64;
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})T(\\d{2}):?(\\d{2}):?(\\d{2})(?:[.,](\\d{1,9}))?"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private XmlRpcScalars() {
    }

    static Integer parseInt(String raw) throws DecodeProblem {
        String text = raw.strip();
        requireInteger(text, "int");
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw DecodeProblem.malformed("int " + shorten(text) + " is out of the 32-bit range");
        }
    }

    static Long parseI8(String raw) throws DecodeProblem {
        String text = raw.strip();
        requireInteger(text, "i8");
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw DecodeProblem.malformed("i8 " + shorten(text) + " is out of the 64-bit range");
        }
    }

    /**
     * {@code 0}/{@code 1} and {@code true}/{@code false} are booleans. Any other integer stays an Integer: the
     * legacy sample types a user id as {@code <boolean>888</boolean>}, and {@link XmlRpcValues} reads that
     * Integer both as an int and (non-zero) as true.
     */
    static Object parseBoolean(String raw) throws DecodeProblem {
        String text = raw.strip();
        switch (text) {
            case "1", "true", "TRUE", "True" -> {
                return Boolean.TRUE;
            }
            case "0", "false", "FALSE", "False" -> {
                return Boolean.FALSE;
            }
            default -> {
                if (!isInteger(text)) {
                    throw DecodeProblem.malformed("boolean " + shorten(text) + " is neither 0/1, true/false nor an integer");
                }
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    throw DecodeProblem.malformed("boolean " + shorten(text) + " is out of the 32-bit range");
                }
            }
        }
    }

    static Double parseDouble(String raw) throws DecodeProblem {
        String text = raw.strip();
        if (!isDecimal(text)) {
            throw DecodeProblem.malformed("double " + shorten(text) + " is not a decimal number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw DecodeProblem.malformed("double " + shorten(text) + " is out of range");
        }
        return value;
    }

    /**
     * {@code 19980717T14:08:55} (the XML-RPC form) and the extended ISO form {@code 1998-07-17T14:08:55} are
     * local date-times; with a {@code Z} or offset suffix the value is an {@link OffsetDateTime}.
     */
    static Object parseDateTime(String raw) throws DecodeProblem {
        String text = raw.strip();
        Matcher m = text.length() <= MAX_DATE_LENGTH ? DATE_TIME.matcher(text) : null;
        if (m == null || !m.matches()) {
            throw DecodeProblem.malformed("dateTime.iso8601 " + shorten(text) + " is not an ISO 8601 date-time");
        }
        try {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos);
            String zone = m.group(8);
            return zone == null ? local : OffsetDateTime.of(local, offset(zone));
        } catch (DateTimeException e) {
            throw DecodeProblem.malformed("dateTime.iso8601 " + shorten(text) + " is not a valid date-time ("
                    + e.getMessage() + ")");
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** Standard base64; line breaks and other XML whitespace anywhere in it are ignored, anything else is refused. */
    static byte[] parseBase64(String raw) throws DecodeProblem {
        StringBuilder compact = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!XmlChars.isWhitespace(c)) {
                compact.append(c);
            }
        }
        try {
            return Base64.getDecoder().decode(compact.toString());
        } catch (IllegalArgumentException e) {
            throw DecodeProblem.malformed("base64 content is not valid base64 (" + e.getMessage() + ")");
        }
    }

    private static void requireInteger(String text, String type) throws DecodeProblem {
        if (!isInteger(text)) {
            throw DecodeProblem.malformed(type + " " + shorten(text) + " is not an integer");
        }
    }

    /** An optional sign and at least one ASCII digit. */
    static boolean isInteger(CharSequence text) {
        int start = text.length() > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Sign, digits with at most one point and at least one digit, and an optional exponent (tolerated on input). */
    private static boolean isDecimal(String text) {
        int i = text.length() > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        char e = text.charAt(i);
        if (e != 'e' && e != 'E') {
            return false;
        }
        String exponent = text.substring(i + 1);
        return isInteger(exponent) && exponent.length() <= 6;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A value quoted for an error message, never longer than a few dozen characters. */
    static String shorten(String text) {
        String cut = text.length() <= 40 ? text : text.substring(0, 40) + "…";
        return "'" + XmlChars.printable(cut) + "'";
    }
}
