package io.farmroutes.sandbox.flamenco;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A registered manager and the simulated site behind it: its workers and the tasks it is running. */
final class ManagerRecord {

    final long id;
    final String name;
    final String ipAddress;
    final Integer port;
    final String uuid;
    /** A cloud manager: it takes any number of tasks at once, whatever its worker count. */
    final boolean virtualWorkers;
    /** Worker host names are this prefix and a two-digit number. */
    final String hostPrefix;
    /** Worker addresses are this prefix and a number, or the manager's own address when null. */
    final String workerIpPrefix;
    final int workerIpOffset;
    /** As last stored by the server (null after a PATCH without a value). */
    Integer totalWorkers;
    final List<WorkerRecord> workers = new ArrayList<>();
    /** Ids of the tasks this manager is rendering, in dispatch order. */
    final Set<Long> running = new LinkedHashSet<>();

    ManagerRecord(long id, String name, String ipAddress, Integer port, String uuid, boolean virtualWorkers,
                  String hostPrefix, String workerIpPrefix, int workerIpOffset) {
        this.id = id;
        this.name = name;
        this.ipAddress = ipAddress;
        this.port = port;
        this.uuid = uuid;
        this.virtualWorkers = virtualWorkers;
        this.hostPrefix = hostPrefix;
        this.workerIpPrefix = workerIpPrefix;
        this.workerIpOffset = workerIpOffset;
    }

    String workerIp(int number) {
        return workerIpPrefix == null ? ipAddress : workerIpPrefix + (workerIpOffset + number);
    }

    /** Whether one of its workers is idle and enabled (a cloud manager takes tasks without one). */
    boolean hasFreeWorker() {
        return workers.stream().anyMatch(WorkerRecord::free);
    }

    WorkerRecord firstFreeWorker() {
        return workers.stream().filter(WorkerRecord::free).findFirst().orElse(null);
    }
}
