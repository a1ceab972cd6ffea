package io.farmroutes.spi.engine;

import java.util.Collection;
import java.util.stream.Collectors;

/** How typed values are written as text on the wire; services differ on booleans and lists. */
public interface WireFormat {

    /** Booleans as {@code true}/{@code false}, lists comma-separated, numbers in plain decimal. */
    WireFormat STANDARD = new WireFormat() {
    };

    /** Booleans as {@code 1}/{@code 0}, as PHP services expect. */
    WireFormat NUMERIC_BOOLEANS = new WireFormat() {
        @Override
        public String format(Object value) {
            if (value instanceof Boolean b) {
                return b ? "1" : "0";
            }
            return WireFormat.super.format(value);
        }
    };

    default String format(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(this::format).collect(Collectors.joining(","));
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }
}
