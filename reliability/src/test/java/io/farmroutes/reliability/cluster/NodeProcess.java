package io.farmroutes.reliability.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@link ClusterNode} in a child JVM, its output in a file under target/, killed hard when the test says so. */
final class NodeProcess {

    private final String nodeId;
    private final Path log;
    private final Process process;

    private NodeProcess(String nodeId, Path log, Process process) {
        this.nodeId = nodeId;
        this.log = log;
        this.process = process;
    }

    static NodeProcess launch(String nodeId, Path logDirectory, Map<String, String> environment) throws IOException {
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(nodeId + "-" + System.currentTimeMillis() + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.showDateTime=true", "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
                "-cp", System.getProperty("java.class.path"), ClusterNode.class.getName(), nodeId));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Secrets travel in the environment only, never on the command line.
        builder.environment().putAll(environment);
        return new NodeProcess(nodeId, log, builder.start());
    }

    String nodeId() {
        return nodeId;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void awaitReady(Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (Files.readString(log).contains(ClusterNode.READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("node " + nodeId + " exited with " + process.exitValue() + ", see " + log);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("node " + nodeId + " not ready within " + patience + ", see " + log);
    }

    /** SIGKILL on Linux: no shutdown hook runs, the lease and Quartz's check-in simply stop. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("node " + nodeId + " still alive 10 s after SIGKILL");
        }
    }

    void stopQuietly() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
