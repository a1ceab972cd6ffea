package io.farmroutes.spi.xmlrpc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Typed readers for decoded XML-RPC values, tolerant where servers are known to wander (ids sent as strings,
 * the legacy {@code <boolean>888</boolean>}) and otherwise exact. Every refusal is an
 * {@link XmlRpcFormatException} whose message begins with the caller's {@code what}.
 */
public final class XmlRpcValues {

    private XmlRpcValues() {
    }

    /** An Integer; also a Long within range (from {@code <i8>}) or a string of decimal digits. */
    public static int asInt(Object value, String what) {
        long wide = asLong(value, what, "an int");
        if (wide < Integer.MIN_VALUE || wide > Integer.MAX_VALUE) {
            throw refuse(what, "an int", value, " (out of the 32-bit range)");
        }
        return (int) wide;
    }

    /** An Integer or Long; also a string of decimal digits. */
    public static long asLong(Object value, String what) {
        return asLong(value, what, "a long");
    }

    private static long asLong(Object value, String what, String expected) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text && XmlRpcScalars.isInteger(text.strip())) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw refuse(what, expected, value, " (out of range)");
            }
        }
        throw refuse(what, expected, value, "");
    }

    /**
     * A Boolean; an integer is true when non-zero (spec §4: parse booleans leniently), and the strings
     * {@code true}/{@code false}/{@code 1}/{@code 0} are accepted too.
     */
    public static boolean asBoolean(Object value, String what) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue() != 0;
        }
        if (value instanceof String text) {
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> {
                    return true;
                }
                case "false", "0" -> {
                    return false;
                }
                default -> {
                    // refused below
                }
            }
        }
        throw refuse(what, "a boolean", value, "");
    }

    /** A Double; an Integer or Long is widened. */
    public static double asDouble(Object value, String what) {
        if (value instanceof Double || value instanceof Integer || value instanceof Long) {
            return ((Number) value).doubleValue();
        }
        throw refuse(what, "a double", value, "");
    }

    /** A String; an Integer or Long is rendered in decimal, since servers send numeric text either way. */
    public static String asString(Object value, String what) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        throw refuse(what, "a string", value, "");
    }

    /** A {@code <base64>} value. */
    public static byte[] asBytes(Object value, String what) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        throw refuse(what, "base64 data", value, "");
    }

    /** A {@code <dateTime.iso8601>} value; one that carried an offset is converted to UTC. */
    public static LocalDateTime asLocalDateTime(Object value, String what) {
        if (value instanceof LocalDateTime local) {
            return local;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        throw refuse(what, "a dateTime.iso8601", value, "");
    }

    /** A {@code <dateTime.iso8601>} value as an instant; one without an offset is taken as UTC. */
    public static Instant asInstant(Object value, String what) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return asLocalDateTime(value, what).toInstant(ZoneOffset.UTC);
    }

    /** A {@code <struct>}: member names to values, in document order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asStruct(Object value, String what) {
        if (value instanceof Map<?, ?> struct) {
            return (Map<String, Object>) struct;
        }
        throw refuse(what, "a struct", value, "");
    }

    /** An {@code <array>}. */
    @SuppressWarnings("unchecked")
    public static List<Object> asList(Object value, String what) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw refuse(what, "an array", value, "");
    }

    /** A member that must be present and not {@code <nil/>}. */
    public static Object member(Map<String, Object> struct, String name, String what) {
        Object value = struct.get(name);
        if (value == null) {
            throw new XmlRpcFormatException(what, struct.containsKey(name)
                    ? "member '" + name + "' is nil" : "member '" + name + "' is missing");
        }
        return value;
    }

    /** A member that may be absent or {@code <nil/>}. */
    public static Optional<Object> optionalMember(Map<String, Object> struct, String name) {
        return Optional.ofNullable(struct.get(name));
    }

    /**
     * A member that may be absent or {@code <nil/>}, read with one of this class's readers when present, for
     * example {@code optional(session, "title", XmlRpcValues::asString, "session 413 title")}.
     */
    public static <T> Optional<T> optional(Map<String, Object> struct, String name,
                                           BiFunction<Object, String, T> reader, String what) {
        Object value = struct.get(name);
        return value == null ? Optional.empty() : Optional.of(reader.apply(value, what));
    }

    private static XmlRpcFormatException refuse(String what, String expected, Object value, String detail) {
        return new XmlRpcFormatException(what, "expected " + expected + " but found " + describe(value) + detail);
    }

    /** A short description of a value for a message: its XML-RPC type and, for scalars, a bounded rendering. */
    static String describe(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof String text) {
            return "the string " + XmlRpcScalars.shorten(text);
        }
        if (value instanceof Map<?, ?> map) {
            return "a struct of " + map.size() + " members";
        }
        if (value instanceof List<?> list) {
            return "an array of " + list.size() + " values";
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " bytes of base64";
        }
        return "the " + value.getClass().getSimpleName() + " " + XmlRpcScalars.shorten(String.valueOf(value));
    }
}
