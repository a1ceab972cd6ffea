package io.farmroutes.sandbox.renderfarmfi;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code methodResponse} documents: well-formed UTF-8 XML-RPC, or, with sample quirks, the method pages'
 * hand-written flaws (spec §8) — a utf-16 declaration over UTF-8 text, comments closed by {@code --!}, empty
 * structs as {@code <value></struct></value>} and a stray empty {@code <member>}.
 */
final class XmlRpcWriter {

    private final boolean sampleQuirks;

    XmlRpcWriter(boolean sampleQuirks) {
        this.sampleQuirks = sampleQuirks;
    }

    /** A success reply; values are String, Integer, {@link XmlRpcI4}, Boolean, Double, byte[], Map or List. */
    String response(Object result) {
        StringBuilder out = prolog().append("<methodResponse>\n<params>\n<param>\n");
        if (sampleQuirks && result instanceof Map<?, ?> members && !members.isEmpty()) {
            sampleStruct(out, members);
        } else {
            value(out, result);
        }
        return out.append("\n</param>\n</params>\n</methodResponse>\n").toString();
    }

    String fault(int code, String message) {
        return prolog().append("<methodResponse>\n<fault>\n<value><struct>\n")
                .append("<member><name>faultCode</name><value><int>").append(code).append("</int></value></member>\n")
                .append("<member><name>faultString</name><value><string>").append(escape(message))
                .append("</string></value></member>\n")
                .append("</struct></value>\n</fault>\n</methodResponse>\n").toString();
    }

    private StringBuilder prolog() {
        // the samples declare utf-16 although their bytes are single-byte text; the emulator keeps the bytes UTF-8
        return new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"")
                .append(sampleQuirks ? "utf-16" : "UTF-8").append("\"?>\n");
    }

    /** The top-level struct as the samples write it: a broken comment before each member and an empty member last. */
    private void sampleStruct(StringBuilder out, Map<?, ?> members) {
        out.append("<value><struct>\n");
        for (Map.Entry<?, ?> member : members.entrySet()) {
            String name = String.valueOf(member.getKey());
            out.append("<!-- ").append(escape(name).replace("--", "- -")).append(" --!\n");
            member(out, name, member.getValue());
            out.append('\n');
        }
        out.append("<member></member>\n</struct></value>");
    }

    private void value(StringBuilder out, Object value) {
        out.append("<value>");
        if (value instanceof String s) {
            out.append("<string>").append(escape(s)).append("</string>");
        } else if (value instanceof XmlRpcI4 i4) {
            out.append("<i4>").append(i4.value()).append("</i4>");
        } else if (value instanceof Integer i) {
            out.append("<int>").append(i).append("</int>");
        } else if (value instanceof Boolean b) {
            out.append("<boolean>").append(b ? 1 : 0).append("</boolean>");
        } else if (value instanceof Double d && Double.isFinite(d)) {
            // XML-RPC doubles have no exponent
            out.append("<double>").append(BigDecimal.valueOf(d).toPlainString()).append("</double>");
        } else if (value instanceof byte[] bytes) {
            out.append("<base64>").append(Base64.getEncoder().encodeToString(bytes)).append("</base64>");
        } else if (value instanceof Map<?, ?> members) {
            struct(out, members);
        } else if (value instanceof List<?> elements) {
            out.append("<array><data>");
            elements.forEach(e -> value(out, e));
            out.append("</data></array>");
        } else {
            throw new IllegalArgumentException("no XML-RPC form for " + value);
        }
        out.append("</value>");
    }

    private void struct(StringBuilder out, Map<?, ?> members) {
        if (members.isEmpty() && sampleQuirks) {
            out.append("</struct>");
            return;
        }
        out.append("<struct>");
        members.forEach((name, v) -> member(out, String.valueOf(name), v));
        out.append("</struct>");
    }

    private void member(StringBuilder out, String name, Object value) {
        out.append("<member><name>").append(escape(name)).append("</name>");
        value(out, value);
        out.append("</member>");
    }

    /**
     * Escapes {@code & < >} (so {@code ]]>} cannot appear either), keeps a carriage return as a reference so that
     * parsing does not turn it into a line feed, and replaces what XML 1.0 cannot hold (most control characters,
     * U+FFFE, U+FFFF, unpaired surrogates) with U+FFFD.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /** XML 1.0's Char production for a single UTF-16 unit (surrogate pairs are handled by the caller). */
    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
