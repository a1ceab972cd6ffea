package io.farmroutes.sandbox.flamenco;

/**
 * A snapshot of one (simulated) manager for tests.
 *
 * @param port         0 when the manager registered without one
 * @param totalWorkers how many workers the simulated manager has
 * @param uuid         32 hex digits, as handed out by {@code POST /managers}
 */
public record ManagerView(long id, String name, String ipAddress, int port, boolean virtualWorkers, int totalWorkers,
                          String uuid) {
}
