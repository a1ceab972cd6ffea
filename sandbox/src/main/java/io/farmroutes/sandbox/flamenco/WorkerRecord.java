package io.farmroutes.sandbox.flamenco;

/** A worker of a simulated manager, as that manager reports it in {@code GET /workers}. */
final class WorkerRecord {

    static final String ENABLED = "enabled";

    final long id;
    final String hostname;
    final String ipAddress;
    /** {@code enabled} or {@code disabled}; it reads {@code rendering} while it has a task. */
    String status = ENABLED;
    Long currentTask;

    WorkerRecord(long id, String hostname, String ipAddress) {
        this.id = id;
        this.hostname = hostname;
        this.ipAddress = ipAddress;
    }

    boolean free() {
        return currentTask == null && ENABLED.equals(status);
    }
}
