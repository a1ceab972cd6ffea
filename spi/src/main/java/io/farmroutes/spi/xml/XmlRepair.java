package io.farmroutes.spi.xml;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the not-well-formed XML some servers write when they insert values without escaping: stray
 * {@code &}, markup characters inside free-text elements, and CDATA sections with an embedded {@code ]]>}.
 * Used only after a strict parse has failed.
 */
public final class XmlRepair {

    private static final Pattern STRAY_AMPERSAND =
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[.*?]]>", Pattern.DOTALL);

    private XmlRepair() {
    }

    /**
     * @param freeTextElements names of leaf elements whose content the server writes raw
     */
    public static String repair(String text, Collection<String> freeTextElements) {
        String mended = text;
        for (String element : freeTextElements) {
            mended = escapeLeaf(mended, element);
        }
        return escapeStrayAmpersands(mended);
    }

    private static String escapeLeaf(String text, String element) {
        Pattern leaf = Pattern.compile("<" + Pattern.quote(element) + ">(.*?)</" + Pattern.quote(element) + ">",
                Pattern.DOTALL);
        Matcher m = leaf.matcher(text);
        if (!m.find()) {
            // most free-text elements are absent from any one answer: no copy of a body that may be megabytes
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        do {
            String inner = m.group(1);
            String value = literalValue(inner);
            m.appendReplacement(out, Matcher.quoteReplacement("<" + element + ">" + escape(value) + "</" + element + ">"));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** What the server meant to say: the CDATA content taken whole, or the text with its valid entities kept. */
    private static String literalValue(String inner) {
        int open = inner.indexOf("<![CDATA[");
        int close = inner.lastIndexOf("]]>");
        if (open >= 0 && close > open && inner.substring(0, open).isBlank() && inner.substring(close + 3).isBlank()) {
            return inner.substring(open + 9, close);
        }
        return unescapeKnownEntities(inner);
    }

    private static String unescapeKnownEntities(String raw) {
        Matcher m = Pattern.compile("&(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});").matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        while (m.find()) {
            String entity = m.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> codePoint(entity);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String numeric) {
        try {
            int cp = numeric.startsWith("#x") ? Integer.parseInt(numeric.substring(2), 16)
                    : Integer.parseInt(numeric.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Escapes text for an XML element body. */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeStrayAmpersands(String text) {
        Matcher cdata = CDATA.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int last = 0;
        while (cdata.find()) {
            out.append(STRAY_AMPERSAND.matcher(text.substring(last, cdata.start())).replaceAll("&amp;"));
            out.append(cdata.group());
            last = cdata.end();
        }
        out.append(STRAY_AMPERSAND.matcher(text.substring(last)).replaceAll("&amp;"));
        return out.toString();
    }
}
