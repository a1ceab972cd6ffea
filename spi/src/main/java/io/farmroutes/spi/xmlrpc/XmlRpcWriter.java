package io.farmroutes.spi.xmlrpc;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Writes messages as XML-RPC text. The layout matches the spec's examples: a methodCall puts its name and
 * params on indented lines, struct members each get a line, everything else is inline. Values that XML-RPC
 * cannot carry (null, 64-bit integers beyond int, NaN, characters XML forbids) are refused with an
 * {@link IllegalArgumentException} that names where in the message they sit.
 */
final class XmlRpcWriter {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HH:mm:ss");

    private final int maxDepth;
    private final StringBuilder out = new StringBuilder(256);
    /** Where the writer is inside the message, kept only to name the culprit in an error. */
    private final Deque<String> path = new ArrayDeque<>();
    private int depth;

    private XmlRpcWriter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    static String write(XmlRpcMessage message, XmlRpcLimits limits) {
        if (message == null) {
            throw new IllegalArgumentException("cannot encode a null message");
        }
        return new XmlRpcWriter(limits.maxDepth()).message(message);
    }

    private String message(XmlRpcMessage message) {
        out.append(DECLARATION).append('\n');
        if (message instanceof XmlRpcCall call) {
            call(call);
        } else if (message instanceof XmlRpcResponse response) {
            path.push("result");
            out.append("<methodResponse><params><param><value>");
            value(response.value());
            out.append("</value></param></params></methodResponse>");
        } else {
            fault((XmlRpcFault) message);
        }
        return out.append('\n').toString();
    }

    private void call(XmlRpcCall call) {
        path.push("methodName");
        if (call.methodName().isBlank()) {
            throw refuse("the method name is empty");
        }
        out.append("<methodCall>\n  <methodName>");
        text(call.methodName());
        out.append("</methodName>\n");
        path.pop();
        if (call.params().isEmpty()) {
            out.append("  <params/>\n");
        } else {
            out.append("  <params>");
            int index = 0;
            for (Object param : call.params()) {
                path.push("params[" + index++ + "]");
                out.append("<param><value>");
                value(param);
                out.append("</value></param>");
                path.pop();
            }
            out.append("</params>\n");
        }
        out.append("</methodCall>");
    }

    private void fault(XmlRpcFault fault) {
        path.push("fault");
        out.append("<methodResponse><fault><value><struct>\n  <member><name>faultCode</name><value><int>")
                .append(fault.code())
                .append("</int></value></member>\n  <member><name>faultString</name><value><string>");
        text(fault.message());
        out.append("</string></value></member>\n</struct></value></fault></methodResponse>");
    }

    private void value(Object value) {
        if (value == null) {
            throw refuse("null cannot be sent: XML-RPC has no null (<nil/> is accepted on input only)");
        }
        if (value instanceof CharSequence || value instanceof Character) {
            out.append("<string>");
            text(value.toString());
            out.append("</string>");
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.append("<int>").append(((Number) value).intValue()).append("</int>");
        } else if (value instanceof Long || value instanceof BigInteger) {
            out.append("<int>").append(toInt((Number) value)).append("</int>");
        } else if (value instanceof Boolean flag) {
            out.append("<boolean>").append(flag ? '1' : '0').append("</boolean>");
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            out.append("<double>").append(decimal((Number) value)).append("</double>");
        } else if (value instanceof byte[] bytes) {
            out.append("<base64>").append(Base64.getEncoder().encodeToString(bytes)).append("</base64>");
        } else if (value instanceof Map<?, ?> map) {
            struct(map);
        } else if (value instanceof Collection<?> items) {
            array(items);
        } else if (value.getClass().isArray()) {
            array(arrayItems(value));
        } else {
            String stamp = dateTime(value);
            if (stamp == null) {
                throw refuse("values of type " + value.getClass().getName() + " have no XML-RPC encoding");
            }
            out.append("<dateTime.iso8601>").append(stamp).append("</dateTime.iso8601>");
        }
    }

    private void struct(Map<?, ?> map) {
        enter();
        if (map.isEmpty()) {
            out.append("<struct></struct>");
        } else {
            String indent = "  ".repeat(depth);
            out.append("<struct>");
            for (Map.Entry<?, ?> member : map.entrySet()) {
                String name = memberName(member.getKey());
                path.push("." + name);
                out.append('\n').append(indent).append("<member><name>");
                text(name);
                out.append("</name><value>");
                value(member.getValue());
                out.append("</value></member>");
                path.pop();
            }
            out.append('\n').append("  ".repeat(depth - 1)).append("</struct>");
        }
        depth--;
    }

    private void array(Collection<?> items) {
        enter();
        out.append("<array><data>");
        int index = 0;
        for (Object item : items) {
            path.push("[" + index++ + "]");
            out.append("<value>");
            value(item);
            out.append("</value>");
            path.pop();
        }
        out.append("</data></array>");
        depth--;
    }

    /** Depth also stops a collection that contains itself, which would otherwise recurse until the stack ends. */
    private void enter() {
        if (++depth > maxDepth) {
            throw refuse("arrays and structs nested deeper than " + maxDepth + " levels (or a collection contains itself)");
        }
    }

    /** Object arrays and every primitive array but byte[] (which is base64) become XML-RPC arrays. */
    private static Collection<Object> arrayItems(Object array) {
        int length = Array.getLength(array);
        List<Object> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            items.add(Array.get(array, i));
        }
        return items;
    }

    private String memberName(Object key) {
        if (key instanceof CharSequence || key instanceof Integer || key instanceof Long || key instanceof Short
                || key instanceof Byte || key instanceof BigInteger) {
            return key.toString();
        }
        throw refuse("struct member names must be strings or integers, not "
                + (key == null ? "null" : key.getClass().getName()));
    }

    private int toInt(Number number) {
        BigInteger exact = number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
        if (exact.bitLength() > 31) {
            throw refuse(number + " does not fit in a 32-bit <int>; XML-RPC has no 64-bit integer type");
        }
        return exact.intValue();
    }

    /** Plain decimal notation: XML-RPC's double has no exponent. */
    private String decimal(Number number) {
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw refuse(number + " cannot be sent: XML-RPC doubles are finite");
        }
        BigDecimal exact = number instanceof Float f ? new BigDecimal(Float.toString(f)) : BigDecimal.valueOf(value);
        String plain = exact.stripTrailingZeros().toPlainString();
        // a point keeps the number recognisably a double for the strictest readers
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }

    /** Temporal values as {@code yyyyMMdd'T'HH:mm:ss}; those with a zone or offset converted to UTC first. */
    private String dateTime(Object value) {
        LocalDateTime local;
        if (value instanceof LocalDateTime t) {
            local = t;
        } else if (value instanceof OffsetDateTime t) {
            local = t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } else if (value instanceof ZonedDateTime t) {
            local = t.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } else if (value instanceof Instant t) {
            local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        } else if (value instanceof Date t) {
            local = LocalDateTime.ofInstant(Instant.ofEpochMilli(t.getTime()), ZoneOffset.UTC);
        } else {
            return null;
        }
        if (local.getYear() < 0 || local.getYear() > 9999) {
            throw refuse("the year " + local.getYear() + " has no four-digit XML-RPC form");
        }
        return DATE_TIME.format(local);
    }

    /**
     * Escapes markup characters (and thereby any {@code ]]>}) and carriage returns, which a parser would
     * otherwise turn into line feeds; refuses characters that XML 1.0 does not allow anywhere.
     */
    private void text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c) || !XmlChars.isAllowed(c)) {
                        throw refuse(String.format("the character U+%04X at index %d is not allowed in XML 1.0", (int) c, i));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private IllegalArgumentException refuse(String problem) {
        StringBuilder where = new StringBuilder();
        path.descendingIterator().forEachRemaining(where::append);
        return new IllegalArgumentException("cannot encode " + (where.length() == 0 ? "the message" : where)
                + ": " + problem);
    }
}
