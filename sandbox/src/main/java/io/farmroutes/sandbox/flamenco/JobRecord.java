package io.farmroutes.sandbox.flamenco;

import java.util.ArrayList;
import java.util.List;

/** A job row, its linked managers and its tasks. Nullable fields are null when the client did not send them. */
final class JobRecord {

    final long id;
    Long projectId;
    Integer frameStart;
    Integer frameEnd;
    Integer chunkSize;
    Integer currentFrame;
    String filepath;
    String name;
    String renderSettings;
    String format;
    /** Stored verbatim: any string a client sent, or null. */
    String status;
    Integer priority;
    final List<Long> managerIds = new ArrayList<>();
    final List<TaskRecord> tasks = new ArrayList<>();

    JobRecord(long id) {
        this.id = id;
    }

    boolean hasStatus(String s) {
        return s.equals(status);
    }
}
