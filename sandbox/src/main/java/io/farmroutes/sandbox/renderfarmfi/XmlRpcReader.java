package io.farmroutes.sandbox.renderfarmfi;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML-RPC {@code methodCall} strictly and safely: the JDK's own StAX parser with DTDs and external
 * entities off and any DOCTYPE refused; text decoded by BOM or {@code Content-Type} charset (UTF-8 by default),
 * never by the XML declaration; nesting bounded. Anything else is fault 101.
 */
final class XmlRpcReader {

    private static final int MAX_DEPTH = 32;
    private static final DateTimeFormatter ISO8601_BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss");

    private final XMLStreamReader in;
    private int depth;

    private XmlRpcReader(XMLStreamReader in) {
        this.in = in;
    }

    /** @throws XmlRpcFault 101 for anything that is not a well-formed, DTD-free methodCall */
    static XmlRpcCall read(byte[] body, String contentType) {
        String text = decode(body, contentType);
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(text));
            return new XmlRpcReader(reader).methodCall();
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof XmlRpcFault fault) {
                throw fault;
            }
            throw XmlRpcFault.invalid("the body is not well-formed XML-RPC: " + e.getMessage());
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's implementation, whatever else is on the classpath, so these properties mean what they say
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private XmlRpcCall methodCall() throws XMLStreamException {
        expectStart("methodCall");
        expectStart("methodName");
        String methodName = text("methodName").strip();
        if (methodName.isEmpty()) {
            throw XmlRpcFault.invalid("<methodName> is empty");
        }
        List<Object> params = new ArrayList<>();
        int event = nextTag();
        if (event == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("params")) {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                requireName("param");
                expectStart("value");
                params.add(value());
                expectEnd("param");
            }
            event = nextTag();
        }
        if (event != XMLStreamConstants.END_ELEMENT) {
            throw XmlRpcFault.invalid("unexpected <" + in.getLocalName() + "> in <methodCall>");
        }
        while (in.hasNext()) {
            int trailing = in.next();
            if (trailing == XMLStreamConstants.DTD) {
                throw refusedDoctype();
            }
        }
        return new XmlRpcCall(methodName, params);
    }

    /** Called just after {@code <value>}; returns once its {@code </value>} has been read. */
    private Object value() throws XMLStreamException {
        StringBuilder untyped = new StringBuilder();
        while (true) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        untyped.append(in.getText());
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return untyped.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!untyped.toString().isBlank()) {
                        throw XmlRpcFault.invalid("<value> mixes text and <" + in.getLocalName() + ">");
                    }
                    Object typed = typed(in.getLocalName());
                    expectEnd("value");
                    return typed;
                }
                default -> throw unexpected(event);
            }
        }
    }

    private Object typed(String type) throws XMLStreamException {
        return switch (type) {
            case "string" -> text(type);
            case "int", "i4" -> parseInt(type, text(type).strip());
            case "boolean" -> parseInt(type, text(type).strip()) != 0;
            case "double" -> parseDouble(text(type).strip());
            case "dateTime.iso8601" -> parseDateTime(text(type).strip());
            case "base64" -> parseBase64(text(type));
            case "nil" -> {
                if (!text(type).isBlank()) {
                    throw XmlRpcFault.invalid("<nil> must be empty");
                }
                yield null;
            }
            case "struct" -> struct();
            case "array" -> array();
            default -> throw XmlRpcFault.invalid("unknown value type <" + type + ">");
        };
    }

    private Map<String, Object> struct() throws XMLStreamException {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            requireName("member");
            expectStart("name");
            String name = text("name");
            expectStart("value");
            Object value = value();
            expectEnd("member");
            if (members.containsKey(name)) {
                throw XmlRpcFault.invalid("the struct member " + name + " appears twice");
            }
            members.put(name, value);
        }
        depth--;
        return members;
    }

    private List<Object> array() throws XMLStreamException {
        enter();
        expectStart("data");
        List<Object> elements = new ArrayList<>();
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            requireName("value");
            elements.add(value());
        }
        expectEnd("array");
        depth--;
        return elements;
    }

    /** The text of an element that may hold nothing else; comments are dropped. */
    private String text(String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(in.getText());
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw XmlRpcFault.invalid("<" + element
                        + "> must hold text only, not <" + in.getLocalName() + ">");
                default -> throw unexpected(event);
            }
        }
    }

    /** The next start or end tag, past whitespace, comments and processing instructions. */
    private int nextTag() throws XMLStreamException {
        while (true) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                    return event;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!in.getText().isBlank()) {
                        throw XmlRpcFault.invalid("unexpected text: " + abbreviate(in.getText().strip()));
                    }
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                }
                default -> throw unexpected(event);
            }
        }
    }

    private void expectStart(String name) throws XMLStreamException {
        if (nextTag() != XMLStreamConstants.START_ELEMENT) {
            throw XmlRpcFault.invalid("expected <" + name + ">, found </" + in.getLocalName() + ">");
        }
        requireName(name);
    }

    private void expectEnd(String name) throws XMLStreamException {
        if (nextTag() != XMLStreamConstants.END_ELEMENT) {
            throw XmlRpcFault.invalid("expected </" + name + ">, found <" + in.getLocalName() + ">");
        }
        requireName(name);
    }

    private void requireName(String name) {
        if (!in.getLocalName().equals(name)) {
            throw XmlRpcFault.invalid("expected <" + name + ">, found <" + in.getLocalName() + ">");
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw XmlRpcFault.invalid("values nest deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static XmlRpcFault unexpected(int event) {
        return switch (event) {
            case XMLStreamConstants.DTD -> refusedDoctype();
            case XMLStreamConstants.ENTITY_REFERENCE -> XmlRpcFault.invalid("entity references are not allowed");
            case XMLStreamConstants.END_DOCUMENT -> XmlRpcFault.invalid("the document ends early");
            default -> XmlRpcFault.invalid("unexpected XML event " + event);
        };
    }

    private static XmlRpcFault refusedDoctype() {
        return XmlRpcFault.invalid("a DOCTYPE is not allowed in XML-RPC");
    }

    private static int parseInt(String type, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw XmlRpcFault.invalid("<" + type + "> holds no 32-bit integer: " + abbreviate(text));
        }
    }

    private static double parseDouble(String text) {
        if (!text.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)")) {
            throw XmlRpcFault.invalid("<double> holds no decimal number: " + abbreviate(text));
        }
        return Double.parseDouble(text);
    }

    private static LocalDateTime parseDateTime(String text) {
        try {
            return LocalDateTime.parse(text, ISO8601_BASIC);
        } catch (DateTimeParseException e) {
            throw XmlRpcFault.invalid("<dateTime.iso8601> is not like 19980717T14:08:55: " + abbreviate(text));
        }
    }

    private static byte[] parseBase64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw XmlRpcFault.invalid("<base64> is not Base64");
        }
    }

    /** Text by BOM, else by the Content-Type charset, else UTF-8; malformed bytes are a fault, not U+FFFD. */
    static String decode(byte[] body, String contentType) {
        if (body.length == 0) {
            throw XmlRpcFault.invalid("the body is empty; send a methodCall");
        }
        Charset charset;
        int offset = 0;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else {
            charset = declaredCharset(contentType);
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw XmlRpcFault.invalid("the body is not valid " + charset.name());
        }
    }

    private static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw XmlRpcFault.invalid("unsupported charset " + abbreviate(name));
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that the reader owns
            }
        }
    }
}
