package io.farmroutes.reliability.cluster;

import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.postgres.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two {@link ClusterNode} JVMs on one PostgreSQL: each Quartz tick fires once across the cluster, the farm watcher
 * runs on the lease holder only, and when the leader is SIGKILLed the survivor takes both over within two ticks.
 */
class TwoNodesTest {

    private static final Duration TICK = Duration.ofSeconds(3);
    private static final Path LOGS = Path.of("target", "cluster-nodes");
    private static final int TICKS_BEFORE_KILL = 5;
    private static final int TICKS_AFTER_TAKEOVER = 3;

    private static PostgresServer postgres;
    private static FoxEmulator fox;
    private static DataSource database;
    private final List<NodeProcess> nodes = new ArrayList<>();

    @BeforeAll
    static void startServices() throws Exception {
        Optional<String> unavailable = PostgresServer.unavailableReason();
        if (unavailable.isPresent()) {
            System.out.println("[TwoNodesTest] SKIPPED: no PostgreSQL: " + unavailable.get());
            Assumptions.abort("no PostgreSQL: " + unavailable.get());
        }
        postgres = PostgresServer.start();
        postgres.createDatabase("farm");
        database = postgres.dataSource("farm");
        fox = FoxEmulator.start();
    }

    @AfterAll
    static void stopServices() {
        if (fox != null) {
            fox.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(NodeProcess::stopQuietly);
    }

    @Test
    void ticksFireOncePerClusterAndTheSurvivorTakesOverWithinTwoTicks() throws Exception {
        ClusterRecord record = new ClusterRecord(database);
        NodeProcess a = launch("node-a");
        NodeProcess b = launch("node-b");
        a.awaitReady(Duration.ofSeconds(60));
        b.awaitReady(Duration.ofSeconds(60));
        Instant bothUp = record.now();

        // Phase 1: both nodes up.
        await(ticks(TICKS_BEFORE_KILL + 1), () -> record.ticks().stream()
                .filter(t -> t.scheduled().isAfter(bothUp)).count() >= TICKS_BEFORE_KILL, "ticks with both up");
        String leader = record.watcherLeader().orElseThrow(() -> new AssertionError("no watcher leader"));
        Instant beforeKill = record.now();
        List<ClusterRecord.Poll> pollsBothUp = between(record.polls(), bothUp, beforeKill);
        assertFalse(pollsBothUp.isEmpty(), "the watcher polled the farm");
        assertEquals(Map.of(leader, (long) pollsBothUp.size()), countByNode(pollsBothUp),
                "with both nodes up, only the lease holder's watcher polls");

        // Phase 2: kill the leader.
        NodeProcess victim = leader.equals(a.nodeId()) ? a : b;
        NodeProcess survivor = victim == a ? b : a;
        Instant killedAt = record.now();
        victim.killHard();
        assertFalse(victim.isAlive(), "the leader is dead");

        await(ticks(8), () -> firstAfter(record.ticks(), killedAt, survivor.nodeId()).isPresent()
                && firstPollAfter(record.polls(), killedAt, survivor.nodeId()).isPresent(), "the survivor taking over");
        Instant quartzTakeover = firstAfter(record.ticks(), killedAt, survivor.nodeId()).orElseThrow();
        Instant leaderTakeover = firstPollAfter(record.polls(), killedAt, survivor.nodeId()).orElseThrow();
        long quartzTicks = TickAudit.ticksBetween(killedAt, quartzTakeover, TICK);
        long leaderTicks = TickAudit.ticksBetween(killedAt, leaderTakeover, TICK);
        Instant takenOver = quartzTakeover.isAfter(leaderTakeover) ? quartzTakeover : leaderTakeover;
        await(ticks(TICKS_AFTER_TAKEOVER + 2), () -> record.ticks().stream()
                .filter(t -> t.scheduled().isAfter(takenOver)).count() >= TICKS_AFTER_TAKEOVER, "ticks after takeover");
        Instant afterTakeover = record.now();

        // Phase 3: the killed node comes back and must neither double a tick nor steal the lease.
        NodeProcess returned = launch(victim.nodeId());
        returned.awaitReady(Duration.ofSeconds(60));
        Instant rejoined = record.now();
        await(ticks(TICKS_AFTER_TAKEOVER + 2), () -> record.ticks().stream()
                .filter(t -> t.scheduled().isAfter(rejoined)).count() >= TICKS_AFTER_TAKEOVER, "ticks after rejoin");
        Instant end = record.now();

        List<ClusterRecord.Tick> ticks = record.ticks();
        Instant firstTick = ticks.stream().map(ClusterRecord.Tick::scheduled).filter(t -> t.isAfter(bothUp))
                .findFirst().orElseThrow();
        Instant lastTick = ticks.get(ticks.size() - 1).scheduled();
        TickAudit audit = new TickAudit(ticks, firstTick, lastTick, TICK);
        long late = ticks.stream().filter(t -> t.scheduled().isAfter(bothUp))
                .filter(t -> Duration.between(t.scheduled(), t.fired()).compareTo(TICK) > 0).count();
        List<ClusterRecord.Poll> pollsAfterRejoin = between(record.polls(), rejoined, end);

        System.out.println("[TwoNodesTest] summary: " + audit + "; " + late + " fired more than a tick late;"
                + " killed " + victim.nodeId() + " (watcher leader); survivor " + survivor.nodeId()
                + " fired its first tick " + quartzTicks + " tick(s) after the kill and polled as watcher leader "
                + leaderTicks + " tick(s) after it (kill " + killedAt + ", first tick " + quartzTakeover
                + ", first poll " + leaderTakeover + "); polls by node with both up " + countByNode(pollsBothUp)
                + ", after the rejoin " + countByNode(pollsAfterRejoin) + "; ticks by node "
                + ticks.stream().collect(Collectors.groupingBy(ClusterRecord.Tick::node, Collectors.counting()))
                + "; logs in " + LOGS.toAbsolutePath());

        assertTrue(audit.expectedCount() >= TICKS_BEFORE_KILL + 2 * TICKS_AFTER_TAKEOVER, audit.toString());
        assertEquals(List.of(), audit.missing(), "ticks nobody fired: " + audit);
        assertEquals(Map.of(), audit.duplicated(), "ticks fired twice: " + audit);
        assertTrue(quartzTicks <= 2, "the survivor's first tick came " + quartzTicks + " ticks after the kill");
        assertTrue(leaderTicks <= 2, "the survivor's watcher started " + leaderTicks + " ticks after the kill");
        assertEquals(Map.of(survivor.nodeId(), (long) between(record.polls(), leaderTakeover, afterTakeover).size()),
                countByNode(between(record.polls(), leaderTakeover, afterTakeover)),
                "after the takeover only the survivor polls");
        assertFalse(pollsAfterRejoin.isEmpty(), "the watcher polled after the rejoin");
        assertEquals(Map.of(survivor.nodeId(), (long) pollsAfterRejoin.size()), countByNode(pollsAfterRejoin),
                "the rejoined node does not take the watcher lease back");
    }

    private NodeProcess launch(String nodeId) throws Exception {
        NodeProcess node = NodeProcess.launch(nodeId, LOGS, Map.of(
                NodeSettings.JDBC_URL, postgres.jdbcUrl("farm"),
                NodeSettings.DB_USER, postgres.user(),
                NodeSettings.DB_PASSWORD, postgres.password(),
                NodeSettings.FOX_DOMAIN, fox.domain(),
                NodeSettings.FOX_ACCESS_ID, fox.accessId(),
                NodeSettings.FOX_ACCESS_KEY, fox.accessKey(),
                NodeSettings.FOX_PLATFORM, String.valueOf(fox.platform())));
        nodes.add(node);
        return node;
    }

    private static Duration ticks(int count) {
        return TICK.multipliedBy(count).plusSeconds(10);
    }

    private static Optional<Instant> firstAfter(List<ClusterRecord.Tick> ticks, Instant after, String node) {
        return ticks.stream().filter(t -> t.node().equals(node) && t.fired().isAfter(after))
                .map(ClusterRecord.Tick::fired).min(Instant::compareTo);
    }

    private static Optional<Instant> firstPollAfter(List<ClusterRecord.Poll> polls, Instant after, String node) {
        return polls.stream().filter(p -> p.node().equals(node) && p.at().isAfter(after))
                .map(ClusterRecord.Poll::at).min(Instant::compareTo);
    }

    private static List<ClusterRecord.Poll> between(List<ClusterRecord.Poll> polls, Instant from, Instant to) {
        return polls.stream().filter(p -> !p.at().isBefore(from) && !p.at().isAfter(to)).toList();
    }

    private static Map<String, Long> countByNode(List<ClusterRecord.Poll> polls) {
        return polls.stream().collect(Collectors.groupingBy(ClusterRecord.Poll::node, Collectors.counting()));
    }

    private static void await(Duration patience, Check condition, String what) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("no " + what + " within " + patience);
            }
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws SQLException;
    }
}
