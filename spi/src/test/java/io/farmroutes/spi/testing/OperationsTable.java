package io.farmroutes.spi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The public endpoint list, operations.tsv, which lives beside the repository ({@code ../shared}) rather than in
 * it: tests that compare against it read it when it is there and fall back on the count they embed.
 */
public final class OperationsTable {

    private OperationsTable() {
    }

    /** How many rows the file has for this component and provider ({@code -} for none), if the file is found. */
    public static Optional<Integer> count(String component, String provider) {
        return locate().map(file -> {
            try {
                return (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.startsWith("#"))
                        .map(line -> line.split("\t"))
                        .filter(cells -> cells.length > 2 && cells[0].equals(component) && cells[1].equals(provider))
                        .count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Optional<Path> locate() {
        Path module = Path.of("").toAbsolutePath();
        for (Path dir = module.getParent(); dir != null && module.getNameCount() - dir.getNameCount() <= 3;
             dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("operations.tsv");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
