package io.farmroutes.spi.xmlrpc;

/**
 * Mends the defects of the hand-written samples on the Renderfarm.fi method pages (spec §8), for a second
 * attempt after a strict parse has failed: whitespace before the XML declaration, comments (including the
 * malformed {@code <!-- … --!} without {@code >}), {@code <value></struct></value>} for an empty struct, and
 * stray empty or unclosed {@code <member>} tags. CDATA sections are copied untouched, so that string content
 * that merely looks like these defects survives. Every step is a single forward pass: linear in the input.
 */
final class XmlRpcRepair {

    private static final String COMMENT_OPEN = "<!--";
    private static final String CDATA_OPEN = "<![CDATA[";
    private static final String CDATA_CLOSE = "]]>";

    private static final String EMPTY_STRUCT_VALUE = "<value><struct></struct></value>";

    private XmlRpcRepair() {
    }

    /** The mended text, or the same instance when nothing needed mending. */
    static String repair(String text) {
        String mended = stripLeadingWhitespaceBeforeDeclaration(text);
        mended = stripComments(mended);
        mended = mendStructs(mended);
        return mended.equals(text) ? text : mended;
    }

    /** Some servers print a blank line before {@code <?xml}; XML forbids anything before the declaration. */
    private static String stripLeadingWhitespaceBeforeDeclaration(String text) {
        int start = 0;
        while (start < text.length() && XmlChars.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start > 0 && text.startsWith("<?xml", start) ? text.substring(start) : text;
    }

    /**
     * Removes comments outside CDATA. A comment ends at its first {@code --} (XML allows no {@code --} inside
     * one), followed by {@code >}, {@code !>} or, as in the samples, a bare {@code !}; whatever follows is
     * real content and stays. An unterminated comment is left alone for the parser to report.
     */
    static String stripComments(String text) {
        StringBuilder out = null;
        int copied = 0;
        int at = 0;
        while (true) {
            int lt = text.indexOf('<', at);
            if (lt < 0) {
                break;
            }
            if (text.startsWith(COMMENT_OPEN, lt)) {
                int dashes = text.indexOf("--", lt + COMMENT_OPEN.length());
                if (dashes < 0) {
                    break;
                }
                int end = dashes + 2;
                if (end < text.length() && text.charAt(end) == '!') {
                    end++;
                }
                if (end < text.length() && text.charAt(end) == '>') {
                    end++;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, lt);
                copied = end;
                at = end;
            } else if (text.startsWith(CDATA_OPEN, lt)) {
                int close = text.indexOf(CDATA_CLOSE, lt + CDATA_OPEN.length());
                if (close < 0) {
                    break;
                }
                at = close + CDATA_CLOSE.length();
            } else {
                at = lt + 1;
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Outside CDATA: drops {@code <member/>}, {@code <member></member>} and a {@code <member>} never closed (the
     * next tag is another member or the struct's end), and turns {@code <value></struct></value>} into an empty
     * struct. Whitespace is looked ahead over only right after the tag being mended, so each run is read at most
     * twice.
     */
    static String mendStructs(String text) {
        StringBuilder out = null;
        int copied = 0;
        int at = 0;
        while (true) {
            int lt = text.indexOf('<', at);
            if (lt < 0) {
                break;
            }
            if (text.startsWith(CDATA_OPEN, lt)) {
                int close = text.indexOf(CDATA_CLOSE, lt + CDATA_OPEN.length());
                if (close < 0) {
                    break;
                }
                at = close + CDATA_CLOSE.length();
                continue;
            }
            int end = -1;
            String replacement = "";
            if (text.startsWith("<member", lt)) {
                end = strayMemberEnd(text, lt + "<member".length());
            } else if (text.startsWith("<value>", lt)) {
                end = headlessStructEnd(text, lt + "<value>".length());
                replacement = EMPTY_STRUCT_VALUE;
            }
            if (end < 0) {
                at = lt + 1;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, lt).append(replacement);
            copied = end;
            at = end;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where a stray member that starts just before {@code from} ends, or -1 when the member is a real one. */
    private static int strayMemberEnd(String text, int from) {
        int afterBlank = skipWhitespace(text, from);
        if (text.startsWith("/>", afterBlank)) {
            return afterBlank + 2;
        }
        if (from >= text.length() || text.charAt(from) != '>') {
            return -1;
        }
        int next = skipWhitespace(text, from + 1);
        if (text.startsWith("</member>", next)) {
            return next + "</member>".length();
        }
        if (text.startsWith("</struct>", next) || isMemberTag(text, next)) {
            // never closed: drop the start tag and the blank after it, keep what follows
            return next;
        }
        return -1;
    }

    /** Where {@code </struct></value>} (with blanks) after a {@code <value>} ends, or -1. */
    private static int headlessStructEnd(String text, int from) {
        int end = skipWhitespace(text, from);
        if (!text.startsWith("</struct>", end)) {
            return -1;
        }
        end = skipWhitespace(text, end + "</struct>".length());
        return text.startsWith("</value>", end) ? end + "</value>".length() : -1;
    }

    private static boolean isMemberTag(String text, int at) {
        int after = at + "<member".length();
        if (!text.startsWith("<member", at) || after >= text.length()) {
            return false;
        }
        char c = text.charAt(after);
        return c == '>' || c == '/' || XmlChars.isWhitespace(c);
    }

    private static int skipWhitespace(String text, int from) {
        int at = from;
        while (at < text.length() && XmlChars.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
