package io.farmroutes.reliability.cluster;

import io.farmroutes.reliability.ChildJvm;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A {@link ClusterNode} in a child JVM, known by its node id, its output in a file under target/. */
final class NodeProcess {

    private final String nodeId;
    private final ChildJvm jvm;

    private NodeProcess(String nodeId, ChildJvm jvm) {
        this.nodeId = nodeId;
        this.jvm = jvm;
    }

    static NodeProcess launch(String nodeId, Path logDirectory, Map<String, String> environment) throws IOException {
        Path log = logDirectory.resolve(nodeId + "-" + System.currentTimeMillis() + ".log");
        return new NodeProcess(nodeId, ChildJvm.start(ClusterNode.class, List.of(nodeId), environment, log));
    }

    String nodeId() {
        return nodeId;
    }

    Path log() {
        return jvm.log();
    }

    boolean isAlive() {
        return jvm.isAlive();
    }

    void awaitReady(Duration patience) throws InterruptedException {
        if (jvm.awaitLine(ClusterNode.READY, patience).isEmpty()) {
            throw new AssertionError("node " + nodeId + (jvm.isAlive() ? " not ready within " + patience
                    : " exited before it was ready") + ", see " + jvm.log());
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs, the lease and Quartz's check-in simply stop. */
    void killHard() throws InterruptedException {
        jvm.kill();
    }

    void stopQuietly() {
        try {
            jvm.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException survived) {
            System.err.println(survived.getMessage());
        }
    }
}
