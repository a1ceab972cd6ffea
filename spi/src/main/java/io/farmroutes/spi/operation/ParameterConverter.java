package io.farmroutes.spi.operation;

import io.farmroutes.spi.error.InvalidParameterException;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts a caller's value to a parameter's declared type, or refuses it with a message that names the
 * endpoint and the parameter. Strings from URIs are parsed; a list where a scalar belongs is refused.
 */
public final class ParameterConverter {

    private ParameterConverter() {
    }

    public static Object convert(String endpoint, ParameterDescriptor p, Object value) {
        if (value == null) {
            return null;
        }
        return checkBounds(endpoint, p, toType(endpoint, p, value));
    }

    private static Object checkBounds(String endpoint, ParameterDescriptor p, Object value) {
        if (!p.allowedValues().isEmpty() && !(value instanceof List<?>)
                && !p.allowedValues().contains(String.valueOf(value))) {
            throw new InvalidParameterException(endpoint, p.name(), "must be one of " + p.allowedValues()
                    + ", got " + describe(p, value));
        }
        if (value instanceof Number n && !(value instanceof Double)) {
            long v = n.longValue();
            if ((p.min() != null && v < p.min()) || (p.max() != null && v > p.max())) {
                throw new InvalidParameterException(endpoint, p.name(), "must be between " + p.min() + " and "
                        + p.max() + ", got " + v);
            }
        }
        if (value instanceof String text && p.dateTimeFormat() != null && !text.isEmpty()) {
            checkDateTime(endpoint, p, text);
        }
        if (value instanceof String text && p.maxLength() != null && text.codePointCount(0, text.length()) > p.maxLength()) {
            throw new InvalidParameterException(endpoint, p.name(), "must be at most " + p.maxLength()
                    + " characters long");
        }
        return value;
    }

    private static void checkDateTime(String endpoint, ParameterDescriptor p, String text) {
        try {
            formatter(p).parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(endpoint, p.name(), "must be a date in the form "
                    + p.dateTimeFormat().replace("uuuu", "yyyy") + ", got " + describe(p, text));
        }
    }

    private static DateTimeFormatter formatter(ParameterDescriptor p) {
        return DateTimeFormatter.ofPattern(p.dateTimeFormat()).withResolverStyle(ResolverStyle.STRICT);
    }

    private static Object toType(String endpoint, ParameterDescriptor p, Object value) {
        return switch (p.type()) {
            case STRING -> toText(endpoint, p, value);
            case INT -> toInt(endpoint, p, value);
            case LONG -> toLong(endpoint, p, value);
            case DOUBLE -> toDouble(endpoint, p, value);
            case BOOLEAN -> toBoolean(endpoint, p, value);
            case STRING_LIST, INT_LIST, LONG_LIST -> toList(endpoint, p, value);
            case MAP -> {
                if (value instanceof Map<?, ?>) {
                    yield value;
                }
                throw wrongType(endpoint, p, value, "a map");
            }
            case BINARY -> {
                if (value instanceof byte[] || value instanceof File || value instanceof Path
                        || value instanceof InputStream) {
                    yield value;
                }
                throw wrongType(endpoint, p, value, "a File, Path, InputStream or byte[]");
            }
            case JSON -> value;
        };
    }

    private static String toText(String endpoint, ParameterDescriptor p, Object value) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor time && p.dateTimeFormat() != null) {
            try {
                return formatter(p).format(time);
            } catch (DateTimeException e) {
                throw new InvalidParameterException(endpoint, p.name(), "must be a date in the form "
                        + p.dateTimeFormat().replace("uuuu", "yyyy") + ", got a " + value.getClass().getSimpleName()
                        + " without all of its fields");
            }
        }
        throw wrongType(endpoint, p, value, "text");
    }

    private static Integer toInt(String endpoint, ParameterDescriptor p, Object value) {
        long n = toLong(endpoint, p, value);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new InvalidParameterException(endpoint, p.name(), "is out of the range of an integer");
        }
        return (int) n;
    }

    private static Long toLong(String endpoint, ParameterDescriptor p, Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof CharSequence text) {
            try {
                return Long.parseLong(text.toString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(endpoint, p.name(),
                        "must be a whole number, got " + describe(p, value));
            }
        }
        throw wrongType(endpoint, p, value, "a whole number");
    }

    private static Double toDouble(String endpoint, ParameterDescriptor p, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof CharSequence text) {
            try {
                return Double.parseDouble(text.toString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(endpoint, p.name(), "must be a number, got " + describe(p, value));
            }
        }
        throw wrongType(endpoint, p, value, "a number");
    }

    private static Boolean toBoolean(String endpoint, ParameterDescriptor p, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence text) {
            switch (text.toString().strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on":
                    return Boolean.TRUE;
                case "false", "0", "no", "off":
                    return Boolean.FALSE;
                default:
                    throw new InvalidParameterException(endpoint, p.name(),
                            "must be true or false, got " + describe(p, value));
            }
        }
        throw wrongType(endpoint, p, value, "true or false");
    }

    private static List<Object> toList(String endpoint, ParameterDescriptor p, Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            items.addAll(c);
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
        } else if (value instanceof CharSequence text) {
            for (String part : text.toString().split(",")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        } else {
            items.add(value);
        }
        ParamType element = switch (p.type()) {
            case INT_LIST -> ParamType.INT;
            case LONG_LIST -> ParamType.LONG;
            default -> ParamType.STRING;
        };
        // each element keeps the list's bounds and allowed values
        ParameterDescriptor each = p.asElement(element);
        List<Object> converted = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof Collection<?> || (item != null && item.getClass().isArray())) {
                throw new InvalidParameterException(endpoint, p.name(), "must be a flat list, got a nested list");
            }
            converted.add(convert(endpoint, each, item));
        }
        return List.copyOf(converted);
    }

    private static InvalidParameterException wrongType(String endpoint, ParameterDescriptor p, Object value,
                                                       String expected) {
        return new InvalidParameterException(endpoint, p.name(),
                "must be " + expected + ", got " + kind(value));
    }

    private static String describe(ParameterDescriptor p, Object value) {
        if (p.secret()) {
            return "a value of the wrong form (not shown: secret)";
        }
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    private static String kind(Object value) {
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
