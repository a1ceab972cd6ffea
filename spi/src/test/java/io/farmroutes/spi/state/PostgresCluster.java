package io.farmroutes.spi.state;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster started from the machine's own server binaries: listening on 127.0.0.1 only,
 * on a free port, in a temporary folder that {@link #close()} deletes. PostgreSQL refuses to run as root, so
 * under root the cluster belongs to an unprivileged account (postgres, else nobody) through runuser.
 */
final class PostgresCluster implements AutoCloseable {

    /** Overrides where initdb, pg_ctl and postgres are looked for. */
    static final String BIN_VARIABLE = "FARMROUTES_TEST_POSTGRES_BIN";

    private static final String USER = "state_tester";
    private static final int START_ATTEMPTS = 3;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final List<String> runAs;
    private final String password = UUID.randomUUID().toString();
    private final Thread shutdownHook = new Thread(this::stopQuietly, "postgres-cluster-cleanup");
    private int port;
    private boolean running;

    private PostgresCluster(Path bin, Path dir, List<String> runAs) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.runAs = runAs;
    }

    /** The folder holding initdb, pg_ctl and postgres, if this machine has one. */
    static Optional<Path> findBinaries() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv(BIN_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.addAll(versionFolders(Path.of("/usr/lib/postgresql"), "bin")); // Debian, Ubuntu
        candidates.addAll(versionFolders(Path.of("/usr"), "pgsql-", "bin"));     // PGDG on RHEL
        candidates.add(Path.of("/usr/local/pgsql/bin"));
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        for (Path candidate : candidates) {
            try {
                // initdb is often a symlink (/usr/local/bin/initdb); the server binaries sit beside its target.
                Path initdb = candidate.resolve("initdb");
                if (Files.isExecutable(initdb)) {
                    Path real = initdb.toRealPath().getParent();
                    if (Files.isExecutable(real.resolve("pg_ctl")) && Files.isExecutable(real.resolve("postgres"))) {
                        return Optional.of(real);
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // an unreadable candidate is simply not the one
            }
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

    private static List<Path> versionFolders(Path parent, String child) {
        return versionFolders(parent, "", child);
    }

    private static double version(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Why no cluster can be started here, or empty when one can. */
    static Optional<String> unavailableReason() {
        if (findBinaries().isEmpty()) {
            return Optional.of("no initdb/pg_ctl/postgres found (looked in " + BIN_VARIABLE
                    + ", /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, /usr/local/pgsql/bin and PATH)");
        }
        if (isRoot() && runuser().isEmpty()) {
            return Optional.of("running as root and runuser is missing, so the server cannot drop privileges");
        }
        return Optional.empty();
    }

    static PostgresCluster start() throws IOException, InterruptedException {
        Path bin = findBinaries().orElseThrow(() -> new IllegalStateException(unavailableReason().orElse("")));
        Path dir = Files.createTempDirectory("farmroutes-pg");
        List<String> runAs = List.of();
        if (isRoot()) {
            UserPrincipal owner = unprivilegedAccount();
            Files.setOwner(dir, owner);
            runAs = List.of(runuser().orElseThrow().toString(), "-u", owner.getName(), "--");
        }
        PostgresCluster cluster = new PostgresCluster(bin, dir, runAs);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            cluster.initialise();
            cluster.startServer();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    Path directory() {
        return dir;
    }

    String owner() {
        return runAs.isEmpty() ? System.getProperty("user.name") : runAs.get(2);
    }

    private void initialise() throws IOException, InterruptedException {
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
        if (!runAs.isEmpty()) {
            Files.setOwner(passwordFile, Files.getOwner(dir));
        }
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "scram-sha-256",
                "--pwfile=" + passwordFile, "-E", "UTF8", "--no-locale", "--no-sync");
        Files.delete(passwordFile);
        // Loopback TCP only, no Unix socket to place, and no durability: the cluster dies with the tests.
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
                ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private void startServer() throws IOException, InterruptedException {
        IOException last = null;
        // A free port can be taken by someone else between our probe and the server's bind: try another.
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            port = freeLoopbackPort();
            try {
                run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                        "-o", "-p " + port, "-w", "-t", "60", "start");
                running = true;
                return;
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it does the same
        }
    }

    private synchronized void stopQuietly() {
        if (running) {
            try {
                run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
                running = false;
            } catch (IOException | InterruptedException e) {
                System.err.println("could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
                return; // leave the folder for whoever looks into it
            }
        }
        try {
            delete(dir);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage());
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(List.of(command));
        Path log = Files.createTempFile("farmroutes-pg-command", ".log");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", full) + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " exited " + process.exitValue() + ":\n"
                        + Files.readString(log) + serverLog());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private String serverLog() {
        Path log = dir.resolve("server.log");
        try {
            return Files.exists(log) ? "\nserver.log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> runuser() {
        for (String folder : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            Path candidate = Path.of(folder, "runuser");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static UserPrincipal unprivilegedAccount() throws IOException {
        var lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        for (String name : List.of("postgres", "nobody")) {
            try {
                return lookup.lookupPrincipalByName(name);
            } catch (UserPrincipalNotFoundException absent) {
                // try the next
            }
        }
        throw new IOException("running as root, and neither a postgres nor a nobody account exists to run PostgreSQL");
    }

    private static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test PostgreSQL folder " + root, e);
        }
    }
}
