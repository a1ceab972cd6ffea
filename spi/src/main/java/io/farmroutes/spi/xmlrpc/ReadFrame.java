package io.farmroutes.spi.xmlrpc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One open element while a document is read, and the XML-RPC grammar for it: which children it admits, what
 * text it admits, and what value it yields when it closes. The reader keeps these on an explicit stack rather
 * than recursing, so nesting depth costs heap, never Java stack.
 */
abstract class ReadFrame {

    final String element;

    ReadFrame(String element) {
        this.element = element;
    }

    /** A child element starts; returns the frame that reads it. */
    abstract ReadFrame open(String child, ReadBudget budget) throws DecodeProblem;

    /** Character data directly inside this element; by default only whitespace between elements is allowed. */
    void text(char[] chars, int start, int length, ReadBudget budget) throws DecodeProblem {
        if (!XmlChars.isWhitespace(chars, start, length)) {
            throw DecodeProblem.malformed("text " + XmlRpcScalars.shorten(new String(chars, start, Math.min(length, 41)))
                    + " is not allowed in <" + element + ">");
        }
    }

    /** A child frame has closed with its value. */
    void accept(ReadFrame child, Object value) throws DecodeProblem {
        // frames without children never get here: their open() refuses every child
    }

    /** This element ends; returns its value (which may be null for {@code <nil/>}). */
    abstract Object close(ReadBudget budget) throws DecodeProblem;

    final DecodeProblem unexpected(String child) {
        return DecodeProblem.malformed("<" + child + "> is not allowed in <" + element + ">");
    }

    final DecodeProblem repeated(String child) {
        return DecodeProblem.malformed("<" + element + "> holds more than one <" + child + ">");
    }

    /** Character content of a text-only element, bounded by the string limit while it grows. */
    static final class Text {

        private final String element;
        private StringBuilder chars;

        Text(String element) {
            this.element = element;
        }

        void append(char[] source, int start, int length, ReadBudget budget) throws DecodeProblem {
            int held = chars == null ? 0 : chars.length();
            if ((long) held + length > budget.maxStringLength()) {
                throw DecodeProblem.refused("the content of <" + element + "> is longer than "
                        + budget.maxStringLength() + " characters");
            }
            if (chars == null) {
                chars = new StringBuilder(Math.max(16, length));
            }
            chars.append(source, start, length);
        }

        boolean isBlank() {
            return chars == null || XmlChars.isWhitespace(chars);
        }

        String value() {
            return chars == null ? "" : chars.toString();
        }
    }

    /** The document itself: exactly one root, a methodCall or a methodResponse. */
    static final class Document extends ReadFrame {

        private boolean rootSeen;
        private XmlRpcMessage message;

        Document() {
            super("document");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (rootSeen) {
                throw DecodeProblem.malformed("more than one root element");
            }
            rootSeen = true;
            return switch (child) {
                case "methodCall" -> new Call();
                case "methodResponse" -> new Response();
                default -> throw DecodeProblem.malformed("the root element is <" + child
                        + ">, not <methodCall> or <methodResponse>");
            };
        }

        @Override
        void accept(ReadFrame child, Object value) {
            message = (XmlRpcMessage) value;
        }

        @Override
        Object close(ReadBudget budget) {
            throw new IllegalStateException("the document frame is never closed by an end tag");
        }

        XmlRpcMessage message() throws DecodeProblem {
            if (message == null) {
                throw DecodeProblem.malformed("no root element");
            }
            return message;
        }
    }

    /** {@code <methodCall>}: one {@code <methodName>}, at most one {@code <params>}. */
    static final class Call extends ReadFrame {

        private boolean nameSeen;
        private boolean paramsSeen;
        private String methodName;
        private List<Object> params = List.of();

        Call() {
            super("methodCall");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            switch (child) {
                case "methodName" -> {
                    if (nameSeen) {
                        throw repeated(child);
                    }
                    nameSeen = true;
                    return new Scalar(child, ScalarType.NAME);
                }
                case "params" -> {
                    if (paramsSeen) {
                        throw repeated(child);
                    }
                    paramsSeen = true;
                    return new Params();
                }
                default -> throw unexpected(child);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        void accept(ReadFrame child, Object value) {
            if (child instanceof Params) {
                params = (List<Object>) value;
            } else {
                methodName = ((String) value).strip();
            }
        }

        @Override
        Object close(ReadBudget budget) throws DecodeProblem {
            if (methodName == null) {
                throw DecodeProblem.malformed("<methodCall> without <methodName>");
            }
            if (methodName.isEmpty()) {
                throw DecodeProblem.malformed("<methodName> is empty");
            }
            return new XmlRpcCall(methodName, params);
        }
    }

    /** {@code <methodResponse>}: either {@code <params>} with exactly one param, or {@code <fault>}. */
    static final class Response extends ReadFrame {

        private boolean bodySeen;
        private Object result;

        Response() {
            super("methodResponse");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (!child.equals("params") && !child.equals("fault")) {
                throw unexpected(child);
            }
            if (bodySeen) {
                throw DecodeProblem.malformed("<methodResponse> holds more than one of <params> and <fault>");
            }
            bodySeen = true;
            return child.equals("params") ? new Params() : new Fault();
        }

        @Override
        void accept(ReadFrame child, Object value) {
            result = value;
        }

        @Override
        Object close(ReadBudget budget) throws DecodeProblem {
            if (!bodySeen) {
                throw DecodeProblem.malformed("<methodResponse> holds neither <params> nor <fault>");
            }
            if (result instanceof XmlRpcFault fault) {
                return fault;
            }
            List<?> params = (List<?>) result;
            if (params.size() != 1) {
                throw DecodeProblem.malformed("a <methodResponse> must hold exactly one <param>, not " + params.size());
            }
            return new XmlRpcResponse(params.get(0));
        }
    }

    /** {@code <params>}: any number of {@code <param>}. */
    static final class Params extends ReadFrame {

        private final List<Object> values = new ArrayList<>();

        Params() {
            super("params");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (!child.equals("param")) {
                throw unexpected(child);
            }
            return new Single(child);
        }

        @Override
        void accept(ReadFrame child, Object value) {
            values.add(value);
        }

        @Override
        Object close(ReadBudget budget) {
            return values;
        }
    }

    /** An element that wraps exactly one {@code <value>}: {@code <param>}. */
    static final class Single extends ReadFrame {

        private boolean valueSeen;
        private Object value;

        Single(String element) {
            super(element);
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (!child.equals("value")) {
                throw unexpected(child);
            }
            if (valueSeen) {
                throw repeated(child);
            }
            valueSeen = true;
            budget.countValue();
            return new Value();
        }

        @Override
        void accept(ReadFrame child, Object childValue) {
            value = childValue;
        }

        @Override
        Object close(ReadBudget budget) throws DecodeProblem {
            if (!valueSeen) {
                throw DecodeProblem.malformed("<" + element + "> without <value>");
            }
            return value;
        }
    }

    /** {@code <fault>}: one value, a struct with an int {@code faultCode} and a string {@code faultString}. */
    static final class Fault extends ReadFrame {

        private final Single holder = new Single("fault");

        Fault() {
            super("fault");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            return holder.open(child, budget);
        }

        @Override
        void accept(ReadFrame child, Object value) {
            holder.accept(child, value);
        }

        @Override
        Object close(ReadBudget budget) throws DecodeProblem {
            Object value = holder.close(budget);
            if (!(value instanceof Map<?, ?> struct)) {
                throw DecodeProblem.malformed("the <fault> value is not a struct");
            }
            Object code = struct.get("faultCode");
            Object message = struct.get("faultString");
            if (!(code instanceof Integer)) {
                throw DecodeProblem.malformed("the <fault> has no int faultCode");
            }
            if (!(message instanceof String)) {
                throw DecodeProblem.malformed("the <fault> has no string faultString");
            }
            return new XmlRpcFault((Integer) code, (String) message);
        }
    }

    /**
     * {@code <value>}: either one typed child (surrounded by whitespace at most) or bare text, which is a string
     * kept exactly; an empty value is the empty string.
     */
    static final class Value extends ReadFrame {

        private final Text text = new Text("value");
        private boolean typed;
        private Object typedValue;

        Value() {
            super("value");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (typed) {
                throw DecodeProblem.malformed("<value> holds more than one element");
            }
            if (!text.isBlank()) {
                throw DecodeProblem.malformed("text is mixed with <" + child + "> in <value>");
            }
            typed = true;
            return switch (child) {
                case "int", "i4" -> new Scalar(child, ScalarType.INT);
                case "i8" -> new Scalar(child, ScalarType.I8);
                case "boolean" -> new Scalar(child, ScalarType.BOOLEAN);
                case "string" -> new Scalar(child, ScalarType.STRING);
                case "double" -> new Scalar(child, ScalarType.DOUBLE);
                case "dateTime.iso8601" -> new Scalar(child, ScalarType.DATE_TIME);
                case "base64" -> new Scalar(child, ScalarType.BASE64);
                case "struct" -> new Struct(budget);
                case "array" -> new Array(budget);
                default -> {
                    // the nil extension arrives as <nil/> or with whatever prefix the server bound (<ex:nil/>)
                    if (child.equals("nil") || child.endsWith(":nil")) {
                        yield new Nil(child);
                    }
                    throw DecodeProblem.malformed("unknown value type <" + child + ">");
                }
            };
        }

        @Override
        void text(char[] chars, int start, int length, ReadBudget budget) throws DecodeProblem {
            if (typed) {
                if (!XmlChars.isWhitespace(chars, start, length)) {
                    throw DecodeProblem.malformed("text is mixed with an element in <value>");
                }
                return;
            }
            text.append(chars, start, length, budget);
        }

        @Override
        void accept(ReadFrame child, Object value) {
            typedValue = value;
        }

        @Override
        Object close(ReadBudget budget) {
            return typed ? typedValue : text.value();
        }
    }

    /** What the text of a leaf element means. */
    enum ScalarType {
        NAME, STRING, INT, I8, BOOLEAN, DOUBLE, DATE_TIME, BASE64
    }

    /** A leaf element holding only text: the typed scalars, {@code <methodName>} and a member's {@code <name>}. */
    static final class Scalar extends ReadFrame {

        private final ScalarType type;
        private final Text text;

        Scalar(String element, ScalarType type) {
            super(element);
            this.type = type;
            this.text = new Text(element);
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            throw DecodeProblem.malformed("<" + element + "> cannot contain <" + child + ">");
        }

        @Override
        void text(char[] chars, int start, int length, ReadBudget budget) throws DecodeProblem {
            text.append(chars, start, length, budget);
        }

        @Override
        Object close(ReadBudget budget) throws DecodeProblem {
            String raw = text.value();
            return switch (type) {
                case NAME, STRING -> raw;
                case INT -> XmlRpcScalars.parseInt(raw);
                case I8 -> XmlRpcScalars.parseI8(raw);
                case BOOLEAN -> XmlRpcScalars.parseBoolean(raw);
                case DOUBLE -> XmlRpcScalars.parseDouble(raw);
                case DATE_TIME -> XmlRpcScalars.parseDateTime(raw);
                case BASE64 -> XmlRpcScalars.parseBase64(raw);
            };
        }
    }

    /** {@code <nil/>}: nothing inside, null out. */
    static final class Nil extends ReadFrame {

        Nil(String element) {
            super(element);
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            throw DecodeProblem.malformed("<" + element + "> must be empty");
        }

        @Override
        Object close(ReadBudget budget) {
            return null;
        }
    }

    /** {@code <struct>}: members in document order; a repeated name keeps the last value. */
    static final class Struct extends ReadFrame {

        private final Map<String, Object> members = new LinkedHashMap<>();

        Struct(ReadBudget budget) throws DecodeProblem {
            super("struct");
            budget.enterContainer();
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (!child.equals("member")) {
                throw unexpected(child);
            }
            return new Member();
        }

        @Override
        void accept(ReadFrame child, Object value) {
            Member.Entry entry = (Member.Entry) value;
            // a repeated name keeps its first position and takes the last value
            members.put(entry.name(), entry.value());
        }

        @Override
        Object close(ReadBudget budget) {
            budget.leaveContainer();
            return members;
        }
    }

    /** {@code <member>}: exactly one {@code <name>} and one {@code <value>}, in either order. */
    static final class Member extends ReadFrame {

        record Entry(String name, Object value) {
        }

        private boolean nameSeen;
        private boolean valueSeen;
        private String name;
        private Object value;

        Member() {
            super("member");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            switch (child) {
                case "name" -> {
                    if (nameSeen) {
                        throw repeated(child);
                    }
                    nameSeen = true;
                    return new Scalar(child, ScalarType.NAME);
                }
                case "value" -> {
                    if (valueSeen) {
                        throw repeated(child);
                    }
                    valueSeen = true;
                    budget.countValue();
                    return new Value();
                }
                default -> throw unexpected(child);
            }
        }

        @Override
        void accept(ReadFrame child, Object childValue) {
            if (child instanceof Value) {
                value = childValue;
            } else {
                name = (String) childValue;
            }
        }

        @Override
        Object close(ReadBudget budget) throws DecodeProblem {
            if (!nameSeen) {
                throw DecodeProblem.malformed("a struct <member> without <name>");
            }
            if (!valueSeen) {
                throw DecodeProblem.malformed("struct member " + XmlRpcScalars.shorten(name) + " without <value>");
            }
            return new Entry(name, value);
        }
    }

    /** {@code <array>}: one {@code <data>} (an array without one is read as empty). */
    static final class Array extends ReadFrame {

        private boolean dataSeen;
        private List<Object> items = new ArrayList<>();

        Array(ReadBudget budget) throws DecodeProblem {
            super("array");
            budget.enterContainer();
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (!child.equals("data")) {
                throw unexpected(child);
            }
            if (dataSeen) {
                throw repeated(child);
            }
            dataSeen = true;
            return new Data();
        }

        @Override
        @SuppressWarnings("unchecked")
        void accept(ReadFrame child, Object value) {
            items = (List<Object>) value;
        }

        @Override
        Object close(ReadBudget budget) {
            budget.leaveContainer();
            return items;
        }
    }

    /** {@code <data>}: any number of {@code <value>}. */
    static final class Data extends ReadFrame {

        private final List<Object> items = new ArrayList<>();

        Data() {
            super("data");
        }

        @Override
        ReadFrame open(String child, ReadBudget budget) throws DecodeProblem {
            if (!child.equals("value")) {
                throw unexpected(child);
            }
            budget.countValue();
            return new Value();
        }

        @Override
        void accept(ReadFrame child, Object value) {
            items.add(value);
        }

        @Override
        Object close(ReadBudget budget) {
            return items;
        }
    }
}
