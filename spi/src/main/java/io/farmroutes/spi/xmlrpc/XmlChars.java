package io.farmroutes.spi.xmlrpc;

/** Character classes of XML 1.0 that the reader and writer share, and a safe rendering for messages. */
final class XmlChars {

    private XmlChars() {
    }

    /** XML's own whitespace (space, tab, line feed, carriage return); Java's notion is wider. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isWhitespace(char[] chars, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isWhitespace(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether XML 1.0 admits the code point in a document at all (the {@code Char} production). */
    static boolean isAllowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The text with whitespace runs collapsed and control characters shown as {@code \\uXXXX}, for one log line. */
    static String printable(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                if (!blank) {
                    out.append(' ');
                }
                blank = true;
                continue;
            }
            blank = false;
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !isPairedSurrogate(text, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPairedSurrogate(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** The first characters of a body on one line, for an error message; never the whole body. */
    static String excerpt(CharSequence text, int max) {
        int start = 0;
        // skip a long blank prefix without copying it, so that the excerpt shows something
        while (start < text.length() && start < 4096 && isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = (int) Math.min(text.length(), (long) start + max);
        String shown = printable(text.subSequence(start, end));
        return end < text.length() ? shown + "…" : shown;
    }
}
