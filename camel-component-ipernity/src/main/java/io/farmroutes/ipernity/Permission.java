package io.farmroutes.ipernity;

import java.util.Locale;

/** An ipernity permission level; each level includes the ones below it (read &lt; write &lt; delete). */
public enum Permission {
    NONE,
    READ,
    WRITE,
    DELETE;

    /** Whether this level grants {@code needed} (a higher level implies the lower ones). */
    public boolean includes(Permission needed) {
        return compareTo(needed) >= 0;
    }

    /** The wire spelling, {@code read}, {@code write}, {@code delete} or {@code none}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire value; anything unrecognised counts as no permission, never as more. */
    public static Permission of(String wire) {
        if (wire == null) {
            return NONE;
        }
        return switch (wire.strip().toLowerCase(Locale.ROOT)) {
            case "read" -> READ;
            case "write" -> WRITE;
            case "delete" -> DELETE;
            default -> NONE;
        };
    }
}
