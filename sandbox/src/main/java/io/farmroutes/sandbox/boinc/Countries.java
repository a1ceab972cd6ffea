package io.farmroutes.sandbox.boinc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** BOINC's list of country names, which am_set_info validates against. */
final class Countries {

    private static final Set<String> NAMES = load();

    private Countries() {
    }

    static boolean isValid(String country) {
        return NAMES.contains(country);
    }

    private static Set<String> load() {
        try (InputStream in = Countries.class.getResourceAsStream("countries.txt")) {
            if (in == null) {
                throw new IllegalStateException("countries.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
