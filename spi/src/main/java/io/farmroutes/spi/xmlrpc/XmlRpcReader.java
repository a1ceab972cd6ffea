package io.farmroutes.spi.xmlrpc;

import io.farmroutes.spi.xml.SafeXml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML-RPC from characters with the JDK's StAX parser in one linear pass: DTDs refused, no external
 * access, every limit checked while the document streams by, and text delivered in chunks so that an
 * over-long string is refused before it is buffered whole.
 */
final class XmlRpcReader {

    private static final XMLInputFactory FACTORY = createFactory();
    private static final int MAX_PARSER_MESSAGE = 200;

    private final XmlRpcLimits limits;

    XmlRpcReader(XmlRpcLimits limits) {
        this.limits = limits;
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = SafeXml.newInputFactory();
        // chunks rather than one coalesced string: the string limit then bites as the text grows
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        // belt and braces: DTDs are refused anyway, but nothing may ever be fetched on a document's behalf
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused: " + systemId);
        });
        return factory;
    }

    XmlRpcMessage read(String text) throws DecodeProblem {
        XMLStreamReader xml = null;
        try {
            // creating a reader touches the factory's mutable state; reading afterwards is per-reader
            synchronized (FACTORY) {
                xml = FACTORY.createXMLStreamReader(new StringReader(text));
            }
            return walk(xml, new ReadBudget(limits));
        } catch (XMLStreamException e) {
            throw describe(e);
        } catch (RuntimeException e) {
            // the JDK parser signals some broken input with unchecked exceptions; they mean the same thing
            throw DecodeProblem.malformed("the XML parser failed: " + bounded(String.valueOf(e)));
        } finally {
            close(xml);
        }
    }

    private static XmlRpcMessage walk(XMLStreamReader xml, ReadBudget budget) throws XMLStreamException, DecodeProblem {
        ReadFrame.Document document = new ReadFrame.Document();
        Deque<ReadFrame> open = new ArrayDeque<>();
        open.push(document);
        while (xml.hasNext()) {
            int event = xml.next();
            try {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> open.push(open.peek().open(xml.getLocalName(), budget));
                    case XMLStreamConstants.END_ELEMENT -> {
                        ReadFrame done = open.pop();
                        Object value = done.close(budget);
                        open.peek().accept(done, value);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            open.peek().text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength(), budget);
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                         XMLStreamConstants.NOTATION_DECLARATION ->
                            // a DTD is how external entities and entity expansion bombs arrive; XML-RPC never needs one
                            throw DecodeProblem.refused("document type declarations are refused");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw DecodeProblem.refused("undeclared entity reference &" + bounded(xml.getLocalName()) + ";");
                    default -> {
                        // comments, processing instructions, start and end of document carry nothing
                    }
                }
            } catch (DecodeProblem problem) {
                Location at = xml.getLocation();
                throw at == null ? problem : problem.at(at.getLineNumber(), at.getColumnNumber());
            }
        }
        return document.message();
    }

    /** The parser's own words without its "ParseError at [row,col]" preamble, with the position in ours. */
    private static DecodeProblem describe(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message:");
        String detail = (marker >= 0 ? message.substring(marker + 8) : message).strip();
        DecodeProblem problem = DecodeProblem.malformed("not well-formed XML: " + bounded(detail));
        Location at = e.getLocation();
        return at == null ? problem : problem.at(at.getLineNumber(), at.getColumnNumber());
    }

    private static String bounded(String text) {
        String oneLine = XmlChars.printable(text.length() > MAX_PARSER_MESSAGE ? text.substring(0, MAX_PARSER_MESSAGE) : text);
        return text.length() > MAX_PARSER_MESSAGE ? oneLine + "…" : oneLine;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException | RuntimeException ignored) {
                // a StringReader holds nothing that needs releasing
            }
        }
    }
}
