package io.farmroutes.sandbox.fox;

/** The history entries the SDK-only record operations page through. */
final class FoxRecords {

    private FoxRecords() {
    }

    /** An operation on a task, recorded as it happens. */
    record TaskRecord(long id, long taskId, String taskAlias, int platform, String operation, String content,
                      long atMs) {
    }

    /** A login of the account. */
    record LoginRecord(long id, long atMs, String ip, String way, String location) {
    }

    /** A custom label (project): the two names mean one list on the real service. */
    record Label(long id, String name, int status) {
    }
}
