package io.farmroutes.reliability.crash;

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

/** One {@link PipelineNode} in a child JVM, its output in a file the test reads while the node writes it. */
final class ChildNode implements AutoCloseable {

    private static final long POLL_MILLIS = 25;

    private final Process process;
    private final Path log;

    private ChildNode(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the node; the secrets go into its environment, never onto its command line. */
    static ChildNode start(List<String> arguments, Map<String, String> secrets, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                PipelineNode.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(secrets);
        return new ChildNode(builder.start(), log);
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line starting with this text, waiting at most {@code limit}; empty when the node died first. */
    Optional<String> awaitLine(String prefix, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<String> found = lines().stream().filter(line -> line.startsWith(prefix)).findFirst();
            if (found.isPresent() || !process.isAlive() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL on Linux: no shutdown hook, no finally block, no clean close of anything. Returns the exit code,
     * 137 (128 + 9) when the signal ended it.
     */
    int kill() throws InterruptedException {
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
    Optional<Integer> awaitExit(Duration limit) throws InterruptedException {
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
