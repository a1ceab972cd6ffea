package io.farmroutes.sandbox.postgres;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL server: listening on 127.0.0.1 only, on a free port, in a temporary folder that
 * {@link #close()} deletes. PostgreSQL refuses to run as root, so under root the server belongs to an unprivileged
 * account (postgres, else nobody) through runuser. Other JVMs reach it by {@link #jdbcUrl(String)}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String USER = "sandbox_owner";
    private static final int START_ATTEMPTS = 3;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final List<String> runAs;
    private final String password = UUID.randomUUID().toString();
    private final Thread shutdownHook = new Thread(this::stopQuietly, "postgres-server-cleanup");
    private int port;
    private boolean running;

    private PostgresServer(Path bin, Path dir, List<String> runAs) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.runAs = runAs;
    }

    /** Why no server can be started here, or empty when one can. */
    public static Optional<String> unavailableReason() {
        Optional<Path> binaries;
        try {
            binaries = PostgresBinaries.locate();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
        if (binaries.isEmpty()) {
            return Optional.of("no initdb/pg_ctl/postgres found (looked in " + PostgresBinaries.searched() + ")");
        }
        if (isRoot() && runuser().isEmpty()) {
            return Optional.of("running as root and runuser is missing, so the server cannot drop privileges");
        }
        return Optional.empty();
    }

    /** Initialises a new cluster and starts it; the JVM's shutdown removes it if {@link #close()} was not called. */
    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = PostgresBinaries.locate()
                .orElseThrow(() -> new IllegalStateException(unavailableReason().orElse("no PostgreSQL binaries")));
        Path dir = Files.createTempDirectory("farmroutes-pg");
        List<String> runAs = List.of();
        if (isRoot()) {
            UserPrincipal owner = unprivilegedAccount();
            Files.setOwner(dir, owner);
            runAs = List.of(runuser().orElseThrow().toString(), "-u", owner.getName(), "--");
        }
        PostgresServer server = new PostgresServer(bin, dir, runAs);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.initialise();
            server.startServer();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** The folder holding the cluster's data and its server.log. */
    public Path directory() {
        return dir;
    }

    /** The operating-system account the server runs as. */
    public String owner() {
        return runAs.isEmpty() ? System.getProperty("user.name") : runAs.get(2);
    }

    /** A JDBC URL for one database of this server, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection source for one database of this server, credentials included. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName(database);
        source.setUser(USER);
        source.setPassword(password);
        return source;
    }

    /** Creates an empty database, so that each test or run has tables of its own. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database names here are lower-case identifiers: " + name);
        }
        try (Connection connection = dataSource("postgres").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[127.0.0.1:" + port + ", " + dir + ", run as " + owner() + "]";
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
        // Loopback TCP only, no Unix socket to place, and no durability: the cluster dies with its owner.
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "max_connections = 200",
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
                System.err.println("could not stop the PostgreSQL in " + dir + ": " + e.getMessage());
                return; // leave the folder for whoever looks into it
            }
        }
        try {
            BundledBinaries.deleteTree(dir);
        } catch (RuntimeException e) {
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
}
