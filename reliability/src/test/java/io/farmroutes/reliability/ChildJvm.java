package io.farmroutes.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A node's main class in a child JVM of the test (same class path, small heap), its output in a file the test
 * reads while the node writes it, killed with SIGKILL when the test says so.
 */
public final class ChildJvm implements AutoCloseable {

    private static final long POLL_MILLIS = 25;

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the node; the secrets go into its environment, never onto its command line. */
    public static ChildJvm start(Class<?> mainClass, List<String> arguments, Map<String, String> secrets, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(secrets);
        return new ChildJvm(builder.start(), log);
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line starting with this text, waiting at most {@code limit}; empty when the node died first. */
    public Optional<String> awaitLine(String prefix, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<String> found = lines().stream().filter(line -> line.startsWith(prefix)).findFirst();
            if (found.isPresent() || !process.isAlive() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL on Linux: no shutdown hook, no finally block, no clean close of anything. Returns the exit code,
     * 137 (128 + 9) when the signal ended it.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("node " + pid() + " survived SIGKILL for 30 s");
        }
        if (ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("node " + pid() + " is still listed as alive after SIGKILL");
        }
        return process.exitValue();
    }

    /** The exit code, or empty when the node has not exited within {@code limit}. */
    public Optional<Integer> awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
