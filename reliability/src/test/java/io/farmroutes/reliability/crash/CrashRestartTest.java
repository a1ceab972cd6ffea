package io.farmroutes.reliability.crash;

import io.farmroutes.reliability.ChildJvm;

import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;
import io.farmroutes.sandbox.postgres.PostgresServer;
import io.farmroutes.spi.state.JdbcStateStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The pipeline in a child JVM on PostgreSQL, killed with SIGKILL at random points twenty times and started
 * again each time; then one last run to the end. The farm's own records must show every shot rendered by one
 * task, submitted once, with no frame put back more often than it failed.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class CrashRestartTest {

    private static final int KILLS = 20;
    private static final int SHOTS = 40;
    private static final int FRAMES = 10;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final Duration LINE_WAIT = Duration.ofSeconds(60);
    private static final Duration LAST_RUN_LIMIT = Duration.ofMinutes(3);
    private static final Path RUNS = Path.of("target", "crash-runs");

    @Test
    void twentyKillsLeaveEveryShotRenderedByOneTaskSubmittedOnce() throws Exception {
        long seed = Long.getLong("crash.seed", 20240917L);
        Random random = new Random(seed);
        long began = System.nanoTime();
        // slow frames, one at a time per task: the work outlasts most of the kills, so they land mid-flight
        FoxSettings farmSettings = new FoxSettings().frameRenderTime(Duration.ofMillis(2500)).parallelFrames(1)
                .failureRate(0.3).retryFailureRate(0).seed(seed);
        try (PostgresServer postgres = PostgresServer.start();
             FoxEmulator farm = FoxEmulator.start(farmSettings, 0)) {
            postgres.createDatabase("crash");
            List<Long> seeded = farm.state().taskIds();
            Map<String, String> secrets = Map.of(CrashNodeArguments.ACCESS_KEY_VARIABLE, farm.accessKey(),
                    CrashNodeArguments.DB_PASSWORD_VARIABLE, postgres.password());
            List<String> killRunArgs = CrashNodeArguments.of(farm.domain(), farm.accessId(),
                    postgres.jdbcUrl("crash"), postgres.user(), SHOTS, FRAMES, false);
            System.out.printf("crash test: seed %d (-Dcrash.seed=%d repeats the kill plan), logs in %s%n", seed,
                    seed, RUNS.toAbsolutePath());

            Map<String, Integer> landings = new TreeMap<>();
            List<Path> logs = new ArrayList<>();
            for (int run = 1; run <= KILLS; run++) {
                KillPlan plan = KillPlan.draw(random, SHOTS);
                Path log = RUNS.resolve(String.format("run-%02d.log", run));
                logs.add(log);
                try (ChildJvm node = ChildJvm.start(PipelineNode.class, killRunArgs, secrets, log)) {
                    assertSecretsOffCommandLine(node, secrets);
                    waitAsPlanned(node, plan);
                    assertTrue(node.isAlive(), "run " + run + ": the node ended before its kill; see " + log);
                    int exit = node.kill();
                    FarmAudit atKill = FarmAudit.of(farm.state(), seeded);
                    String landing = landing(node, atKill);
                    landings.merge(landing, 1, Integer::sum);
                    System.out.printf("kill %2d: %-22s landed in %-13s (exit %d; farm: %d tasks, %d submitted,"
                                      + " %d rendered, %d frames failed)%n", run, plan, landing, exit,
                            atKill.tasks().size(), atKill.submittedCount(), atKill.renderedCount(),
                            atKill.framesAwaitingResubmission());
                    assertEquals(SIGKILL_EXIT, exit, "run " + run + " ended by SIGKILL");
                }
            }

            Path lastLog = RUNS.resolve("run-final.log");
            logs.add(lastLog);
            List<String> lastRunArgs = CrashNodeArguments.of(farm.domain(), farm.accessId(),
                    postgres.jdbcUrl("crash"), postgres.user(), SHOTS, FRAMES, true);
            long lastStart = System.nanoTime();
            try (ChildJvm node = ChildJvm.start(PipelineNode.class, lastRunArgs, secrets, lastLog)) {
                Optional<Integer> exit = node.awaitExit(LAST_RUN_LIMIT);
                if (exit.isEmpty()) {
                    fail("the last run did not complete every shot within " + LAST_RUN_LIMIT + "; see " + lastLog);
                }
                assertEquals(0, exit.get(), "the last run ended normally; see " + lastLog);
            }
            Duration lastRun = Duration.ofNanos(System.nanoTime() - lastStart);

            FarmAudit audit = FarmAudit.of(farm.state(), seeded);
            OutcomeLog outcomes = new OutcomeLog(postgres.dataSource("crash"));
            Map<String, Integer> completions = outcomes.deliveries("COMPLETED");
            report(seed, landings, audit, completions, lastRun, Duration.ofNanos(System.nanoTime() - began));

            assertEveryShotOneTaskSubmittedOnce(audit);
            assertEquals(new HashSet<>(CrashShots.keys(SHOTS)), completions.keySet(),
                    "every shot reached the completion endpoint");
            assertTrue(outcomes.deliveries("FAILED").isEmpty(), "no shot ended as failed");
            assertLedgerFinished(postgres.dataSource("crash"));
            assertTrue(audit.recommits() > 0, "the failure rate made frames fail and the pipeline put them back");
            assertSecretsNotLogged(logs, secrets);
        }
    }

    private static void waitAsPlanned(ChildJvm node, KillPlan plan) throws InterruptedException {
        switch (plan.kind()) {
            case AFTER_SPAWN -> Thread.sleep(plan.delay().toMillis());
            case AFTER_NTH_SEND -> node.awaitLine(NodeLines.SENT + plan.afterSent() + "/", LINE_WAIT);
            case AFTER_START -> {
                node.awaitLine(NodeLines.STARTED, LINE_WAIT);
                Thread.sleep(plan.delay().toMillis());
            }
        }
    }

    /** Where the pipeline stood when the kill came, from what it printed and what the farm shows. */
    private static String landing(ChildJvm node, FarmAudit farm) {
        List<String> lines = node.lines();
        if (lines.stream().noneMatch(line -> line.startsWith(NodeLines.STARTED))) {
            return "start-up";
        }
        if (lines.stream().noneMatch(line -> line.startsWith(NodeLines.ALL_SENT))) {
            return "submission";
        }
        if (farm.framesAwaitingResubmission() > 0) {
            return "re-submission";
        }
        if (farm.renderedCount() < farm.submittedCount()) {
            return "watching";
        }
        return "finishing";
    }

    private static void assertEveryShotOneTaskSubmittedOnce(FarmAudit audit) {
        Map<String, List<FarmAudit.Task>> byKey = audit.submittedByKey();
        assertEquals(new HashSet<>(CrashShots.keys(SHOTS)), byKey.keySet(),
                "every shot, and nothing else, has a submitted task on the farm");
        for (Map.Entry<String, List<FarmAudit.Task>> shot : byKey.entrySet()) {
            List<FarmAudit.Task> tasks = shot.getValue();
            assertEquals(1, tasks.size(), shot.getKey() + " has one submitted task: " + ids(tasks));
            FarmAudit.Task task = tasks.get(0);
            assertEquals(1, task.submissions(), shot.getKey() + ": task " + task.id() + " submitted once");
            assertTrue(task.rendered(), shot.getKey() + ": task " + task.id() + " rendered every frame: "
                    + task.view().frameStatuses());
            // the farm fails a frame only on its first attempt here, so one re-submission per frame at most
            assertTrue(task.mostRecommitsOfAFrame() <= 1, shot.getKey() + ": task " + task.id()
                    + " had a frame put back more often than it failed");
        }
        // only a kill between the farm's create and the ledger's note leaves one; a node creates on two threads at most
        assertTrue(audit.orphans().size() <= 2 * KILLS, "orphans: " + ids(audit.orphans()));
        for (FarmAudit.Task orphan : audit.orphans()) {
            assertEquals(0, orphan.submissions(), "an orphan was never submitted: task " + orphan.id());
        }
    }

    /** No request is stuck half way in the ledger, and no task is still watched. */
    private static void assertLedgerFinished(DataSource database) {
        JdbcStateStore ledger = new JdbcStateStore(database);
        String prefix = "farmroutes.pipeline." + CrashShots.PIPELINE + ".";
        Map<String, String> jobs = ledger.entries(prefix + "jobs");
        Map<String, String> unfinished = jobs.entrySet().stream()
                .filter(job -> !job.getValue().contains("\"phase\":\"COMPLETED\""))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(SHOTS, jobs.size(), "the ledger knows every shot");
        assertTrue(unfinished.isEmpty(), "requests left unfinished in the ledger: " + unfinished);
        assertTrue(ledger.entries(prefix + "inflight").isEmpty(), "no task is still watched");
    }

    private static void assertSecretsOffCommandLine(ChildJvm node, Map<String, String> secrets) {
        Optional<String> commandLine = ProcessHandle.of(node.pid()).flatMap(handle -> handle.info().commandLine());
        commandLine.ifPresent(line -> secrets.values().forEach(secret ->
                assertFalse(line.contains(secret), "a secret is on the node's command line")));
    }

    private static void assertSecretsNotLogged(List<Path> logs, Map<String, String> secrets) throws Exception {
        for (Path log : logs) {
            String text = Files.readString(log);
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                assertFalse(text.contains(secret.getValue()), secret.getKey() + " appears in " + log);
            }
        }
    }

    private static void report(long seed, Map<String, Integer> landings, FarmAudit audit,
                               Map<String, Integer> completions, Duration lastRun, Duration total) throws Exception {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("seed", seed);
        summary.put("kills (SIGKILL)", KILLS);
        summary.put("kills landed in", landings);
        summary.put("shots x frames", SHOTS + " x " + FRAMES);
        summary.put("tasks created on the farm", audit.tasks().size());
        summary.put("tasks submitted", audit.submittedCount());
        summary.put("submit requests received", audit.submissions());
        summary.put("frame re-submissions received", audit.recommits());
        List<FarmAudit.Task> orphans = audit.orphans();
        summary.put("orphan tasks (created, never submitted)", orphans.size() + (orphans.isEmpty() ? ""
                : " " + orphans.stream().map(t -> t.id() + "(" + (t.key() == null ? "no task.json" : t.key()) + ")")
                        .toList()));
        Set<String> repeated = completions.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        summary.put("completion deliveries", completions.values().stream().mapToInt(Integer::intValue).sum()
                + " (delivered more than once: " + repeated + ")");
        summary.put("last run to completion", lastRun.toMillis() + " ms");
        summary.put("total", total.toSeconds() + " s");
        StringBuilder text = new StringBuilder("crash/restart summary\n");
        summary.forEach((name, value) -> text.append(String.format("  %-42s %s%n", name, value)));
        System.out.print(text);
        Files.createDirectories(RUNS);
        Files.writeString(RUNS.resolve("summary.txt"), text);
    }

    private static List<Long> ids(List<FarmAudit.Task> tasks) {
        return tasks.stream().map(FarmAudit.Task::id).toList();
    }
}
