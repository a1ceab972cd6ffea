package io.farmroutes.spi.testing;

import io.farmroutes.spi.operation.ParamType;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values a parameter accepts and values it must refuse, derived from its descriptor alone so that every
 * operation of every catalog can be exercised without hand-written data.
 */
public final class SampleValues {

    /** Every secret sample starts with this, so that a leak into a message is easy to spot. */
    public static final String SECRET_MARK = "s3cret-";

    private SampleValues() {
    }

    /** A value the parameter accepts, as a typed Java object (what a header would carry). */
    public static Object valid(ParameterDescriptor p) {
        if (!p.allowedValues().isEmpty()) {
            String first = p.allowedValues().get(0);
            return switch (p.type()) {
                case INT -> Integer.valueOf(first);
                case LONG -> Long.valueOf(first);
                default -> first;
            };
        }
        return switch (p.type()) {
            case STRING -> validText(p).orElseThrow();
            case INT -> (int) inRange(p);
            case LONG -> inRange(p);
            case DOUBLE -> 1.5;
            case BOOLEAN -> Boolean.TRUE;
            case STRING_LIST -> List.of("a", "b");
            case INT_LIST -> List.of(1, 2);
            case LONG_LIST -> List.of(1L, 2L);
            case MAP, JSON -> Map.of("k", "v");
            case BINARY -> new byte[] {1, 2, 3};
        };
    }

    /** The accepted value as URI text, or empty when only a Java object will do (maps, file content). */
    public static Optional<String> validText(ParameterDescriptor p) {
        if (p.type() == ParamType.MAP || p.type() == ParamType.BINARY || p.type() == ParamType.JSON) {
            return Optional.empty();
        }
        if (p.type() == ParamType.STRING && p.allowedValues().isEmpty()) {
            if (p.dateTimeFormat() != null) {
                return Optional.of(DateTimeFormatter.ofPattern(p.dateTimeFormat())
                        .format(LocalDateTime.of(2026, 1, 5, 10, 0)));
            }
            // secrets get a value long and distinctive enough to be spotted if a message ever leaked it
            String text = p.secret() ? SECRET_MARK + p.name() + "-7f3a" : "sample";
            return Optional.of(p.maxLength() != null && text.length() > p.maxLength()
                    ? text.substring(0, p.maxLength()) : text);
        }
        Object value = valid(p);
        return Optional.of(value instanceof List<?> items
                ? String.join(",", items.stream().map(String::valueOf).toList()) : String.valueOf(value));
    }

    /** A value the converter must refuse when given as URI text; empty when any text is acceptable. */
    public static Optional<String> badText(ParameterDescriptor p) {
        return switch (p.type()) {
            case INT, LONG -> Optional.of("twelve");
            case DOUBLE -> Optional.of("many");
            case BOOLEAN -> Optional.of("perhaps");
            case INT_LIST, LONG_LIST -> Optional.of("1,two");
            case MAP -> Optional.of("k=v");
            case BINARY -> Optional.of("file.bin");
            case STRING -> constrainedText(p);
            case STRING_LIST, JSON -> Optional.empty();
        };
    }

    /**
     * A value the converter must refuse when given as a header. Headers carry Java objects, so even a plain
     * text parameter can be given the wrong type (a list where one value belongs); numbers with bounds get an
     * out-of-bounds value, so that the URI and header forms between them cover parsing and bounds.
     */
    public static Optional<Object> badHeader(ParameterDescriptor p) {
        return switch (p.type()) {
            case INT, LONG -> Optional.of(outOfBounds(p));
            case DOUBLE -> Optional.of("many");
            case BOOLEAN -> Optional.of("perhaps");
            case INT_LIST, LONG_LIST -> Optional.of(List.of(1, "two"));
            case STRING_LIST -> Optional.of(Map.of("k", "v"));
            case MAP -> Optional.of("k=v");
            case BINARY -> Optional.of(42);
            case STRING -> constrainedText(p).<Object>map(text -> text).or(() -> Optional.of(List.of("a", "b")));
            case JSON -> Optional.empty();
        };
    }

    /** Why no bad URI value exists for this parameter, for the tally. */
    public static String whyNoBadText(ParameterDescriptor p) {
        return p.type() == ParamType.JSON ? "takes any JSON value" : "any text is a valid " + p.type().displayName();
    }

    private static Optional<String> constrainedText(ParameterDescriptor p) {
        if (!p.allowedValues().isEmpty()) {
            return Optional.of("no-such-value");
        }
        if (p.dateTimeFormat() != null) {
            return Optional.of("yesterday");
        }
        if (p.maxLength() != null) {
            return Optional.of("x".repeat(p.maxLength() + 1));
        }
        return Optional.empty();
    }

    private static Object outOfBounds(ParameterDescriptor p) {
        if (!p.allowedValues().isEmpty()) {
            return 987_654;
        }
        if (p.min() != null && p.min() > Integer.MIN_VALUE) {
            return p.type() == ParamType.INT ? (Object) (int) (p.min() - 1) : (Object) (p.min() - 1);
        }
        if (p.max() != null && p.max() < Integer.MAX_VALUE) {
            return p.type() == ParamType.INT ? (Object) (int) (p.max() + 1) : (Object) (p.max() + 1);
        }
        return "twelve";
    }

    private static long inRange(ParameterDescriptor p) {
        long value = 1;
        if (p.min() != null && value < p.min()) {
            value = p.min();
        }
        if (p.max() != null && value > p.max()) {
            value = p.max();
        }
        return value;
    }
}
