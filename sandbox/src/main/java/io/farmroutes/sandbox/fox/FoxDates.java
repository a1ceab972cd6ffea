package io.farmroutes.sandbox.fox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the date filters of list operations ({@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-dd}, UTC). */
final class FoxDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private FoxDates() {
    }

    /**
     * The instant in epoch ms; empty for an absent or empty value. A bare date means the start of that day,
     * or its end when {@code endOfDay}.
     */
    static Optional<Long> parse(FoxCall call, String name, boolean endOfDay) {
        Optional<String> text = call.optionalString(name).map(String::strip).filter(s -> !s.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                LocalDateTime at = endOfDay ? day.plusDays(1).atStartOfDay().minusNanos(1) : day.atStartOfDay();
                return Optional.of(at.toInstant(ZoneOffset.UTC).toEpochMilli());
            }
            return Optional.of(LocalDateTime.parse(value, DATE_TIME).toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeParseException e) {
            throw FoxApiError.invalid("parameter " + name + " must be yyyy-MM-dd HH:mm:ss: " + value);
        }
    }
}
