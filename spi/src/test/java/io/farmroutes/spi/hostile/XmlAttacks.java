package io.farmroutes.spi.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Attacks on XML decoders: document types with external and expanding entities, and wrong element content. */
final class XmlAttacks {

    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*)[^>]*>");
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)</");
    private static final String[] TEXT_VALUES = {"", " ", "-1", "0", "1e999999", "-1e999999", "NaN", "Infinity",
            "9223372036854775808", "99999999999999999999999999", "0x1F", "1,5", "abc", "true", "<", "&", "&amp;",
            "&#0;", "&#xD800;", "&#1114112;", "&unknown;", "<![CDATA[a]]>b]]>", "<nested><deeper/></nested>",
            "%ZZ", "%", "%E9", "\u0000", "\uFFFF", "é", "<!-- c -->", "<?pi x?>"};

    private XmlAttacks() {
    }

    /** The name of the document's first element, for a matching document type declaration. */
    static String rootName(String xml) {
        Matcher m = ROOT.matcher(xml.replaceFirst("^\\s*<\\?xml[^>]*\\?>", ""));
        return m.find() ? m.group(1) : "r";
    }

    /** Places a reference right inside the root element, so that any parser expanding it would show the result. */
    static String withReference(String xml, String doctype, String reference) {
        String body = xml.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
        Matcher m = ROOT.matcher(body);
        String placed = m.find() && !m.group().endsWith("/>")
                ? body.substring(0, m.end()) + reference + body.substring(m.end())
                : body + reference;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n" + placed;
    }

    static String externalEntity(String xml, String systemId) {
        String root = rootName(xml);
        return withReference(xml, "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + systemId + "\">]>", "&xxe;");
    }

    static String parameterEntity(String xml, String systemId) {
        String root = rootName(xml);
        return withReference(xml, "<!DOCTYPE " + root + " [<!ENTITY % remote SYSTEM \"" + systemId + "\"> %remote;"
                + " <!ENTITY % local \"<!ENTITY leak SYSTEM '" + systemId + "'>\"> %local;]>", "&leak;");
    }

    static String externalDtd(String xml, String systemId) {
        return withReference(xml, "<!DOCTYPE " + rootName(xml) + " SYSTEM \"" + systemId + "\">", "");
    }

    /** Ten levels of ten references each: a billion copies of the innermost text if anything expands it. */
    static String billionLaughs(String xml) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + rootName(xml) + " [<!ENTITY l0 \"lol\">");
        for (int level = 1; level <= 10; level++) {
            dtd.append("<!ENTITY l").append(level).append(" \"")
                    .append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return withReference(xml, dtd.append("]>").toString(), "&l10;");
    }

    /** One large entity referenced many times: quadratic growth that needs no nesting to slip past depth checks. */
    static String quadraticBlowup(String xml, Random random) {
        String big = "a".repeat(5_000 + random.nextInt(5_000));
        String refs = "&big;".repeat(2_000 + random.nextInt(2_000));
        return withReference(xml, "<!DOCTYPE " + rootName(xml) + " [<!ENTITY big \"" + big + "\">]>", refs);
    }

    static String xinclude(String xml, String href) {
        return withReference(xml, "", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + href
                + "\" parse=\"text\"/>");
    }

    /** Replaces the content of one text-bearing element with a value of the wrong kind. */
    static String replaceElementText(String xml, Random random) {
        Matcher m = TEXT.matcher(xml);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(1), m.end(1)});
        }
        String value = random.nextInt(10) == 0 ? "x".repeat(65_536) : TEXT_VALUES[random.nextInt(TEXT_VALUES.length)];
        if (spans.isEmpty()) {
            return xml + value;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return xml.substring(0, span[0]) + value + xml.substring(span[1]);
    }

    static String nested(String element, int depth) {
        return ("<" + element + ">").repeat(depth) + ("</" + element + ">").repeat(depth);
    }

    /** Text of the given length inside the first element that has text, or appended to the root. */
    static String withHugeText(String xml, int length) {
        return withText(xml, "H".repeat(length));
    }

    /** The given text inside the first element that has text, or appended to the root. */
    static String withText(String xml, String huge) {
        Matcher m = TEXT.matcher(xml);
        if (m.find()) {
            return xml.substring(0, m.start(1)) + huge + xml.substring(m.end(1));
        }
        return withReference(xml, "", huge);
    }
}
