package io.farmroutes.spi.xml;

import io.farmroutes.spi.error.MalformedResponseException;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses untrusted XML from characters (never bytes, so a lying declaration cannot matter) into a small
 * tree. Document type declarations are refused outright, which rules out external entities and entity
 * expansion bombs; depth and element count are bounded.
 */
public final class SafeXml {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_ELEMENTS = 250_000;
    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>");
    private static final XMLInputFactory FACTORY = newInputFactory();

    private SafeXml() {
    }

    /**
     * A new, unshared StAX factory with the hardened settings this class parses with (JDK parser, no DTD, no
     * external entities, entity references replaced, coalescing, not namespace-aware). Callers that need a
     * variant (say, without coalescing) change their own copy and leave this class's factory untouched.
     */
    public static XMLInputFactory newInputFactory() {
        // the JDK's own parser, whatever else the classpath brings, so that these settings are the ones in force
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        return factory;
    }

    /** Removes a leading XML declaration (and anything blank before it): characters need no encoding label. */
    public static String stripDeclaration(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return DECLARATION.matcher(t).replaceFirst("").stripLeading();
    }

    /**
     * Parses a whole document.
     *
     * @param endpoint for the error message
     * @throws MalformedResponseException when the text is not well-formed, declares a DTD or passes a limit
     */
    public static XmlNode parse(String text, String endpoint) {
        String body = stripDeclaration(text);
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(body));
            Deque<XmlNode> open = new ArrayDeque<>();
            XmlNode root = null;
            int elements = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                         XMLStreamConstants.NOTATION_DECLARATION ->
                            throw refuse(endpoint, "document type declarations are refused", text, null);
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw refuse(endpoint, "undeclared entity reference &" + reader.getLocalName() + ";",
                                    text, null);
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_ELEMENTS) {
                            throw refuse(endpoint, "more than " + MAX_ELEMENTS + " elements", text, null);
                        }
                        if (open.size() >= MAX_DEPTH) {
                            throw refuse(endpoint, "nested deeper than " + MAX_DEPTH + " levels", text, null);
                        }
                        // most elements have no attributes: no map for them, since a hostile body may hold 250,000
                        Map<String, String> attributes = reader.getAttributeCount() == 0 ? Map.of()
                                : new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        XmlNode node = new XmlNode(reader.getLocalName(), attributes);
                        if (open.isEmpty()) {
                            if (root != null) {
                                throw refuse(endpoint, "more than one root element", text, null);
                            }
                            root = node;
                        } else {
                            open.peek().addChild(node);
                        }
                        open.push(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().appendText(reader.getText());
                        }
                    }
                    default -> {
                        // comments and processing instructions carry nothing we read
                    }
                }
            }
            if (root == null) {
                throw refuse(endpoint, "no root element", text, null);
            }
            return root;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof MalformedResponseException m) {
                throw m;
            }
            throw refuse(endpoint, "not well-formed XML (" + firstLine(e.getMessage()) + ")", text, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing is held open by a StringReader
                }
            }
        }
    }

    /**
     * Whether a refusal from {@link #parse} came from the parser finding the text not well-formed, which a repair
     * might mend; a document type, a limit or a second root is refused for what the document is, and mending
     * its text would only copy a possibly huge body again to be refused again.
     */
    public static boolean isRepairable(MalformedResponseException refusal) {
        return refusal.getCause() instanceof XMLStreamException;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static MalformedResponseException refuse(String endpoint, String why, String text, Throwable cause) {
        return new MalformedResponseException(endpoint, "the answer is refused: " + why,
                BodyText.excerpt(text, 200), cause);
    }
}
