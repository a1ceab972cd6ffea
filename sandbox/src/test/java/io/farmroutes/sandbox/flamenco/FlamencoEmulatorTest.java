package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The emulator as a whole: start, seed data, snapshots, reset, settings and the JUnit extension. */
class FlamencoEmulatorTest {

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    @Test
    void startsWithDefaultsOnAnEphemeralLoopbackPort() {
        try (FlamencoEmulator emulator = FlamencoEmulator.start()) {
            assertEquals("flamenco", emulator.name());
            assertTrue(emulator.url().matches("http://127\\.0\\.0\\.1:\\d+"), emulator.url());
            assertEquals(Duration.ofMillis(200), emulator.settings().frameRenderTime());
            assertEquals(0, emulator.settings().failureRate());
            assertEquals(1, emulator.settings().seed());
            for (FlamencoQuirk q : FlamencoQuirk.values()) {
                assertTrue(emulator.settings().quirk(q), q.name());
            }
            assertEquals(200, new FlamencoClient(emulator).get("/").status());
        }
    }

    @Test
    void theExtensionUsesFastTestSettings() {
        FlamencoSettings s = flamenco.emulator().settings();
        assertEquals(Duration.ofMillis(20), s.frameRenderTime());
        assertEquals(0.25, s.failureRate());
        assertEquals(7, s.seed());
    }

    @Test
    void theSeedHasAProjectTwoManagersAndACompletedJob() {
        FlamencoState state = flamenco.emulator().state();
        ProjectView project = state.project(1).orElseThrow();
        assertEquals("Encoded cube", project.name());
        assertTrue(project.active());
        assertEquals("/srv/p", project.paths().get("path_server"));
        assertEquals(8, project.paths().size());

        List<ManagerView> managers = state.managers();
        assertEquals(new ManagerView(1, "manager-01", "10.0.0.5", 7777, false, 4, managers.get(0).uuid()),
                managers.get(0));
        assertEquals("cloud-01", managers.get(1).name());
        assertTrue(managers.get(1).virtualWorkers());

        JobView job = state.job(1).orElseThrow();
        assertEquals("completed", job.status());
        assertEquals(List.of(1L), job.managerIds());
        assertEquals(List.of(new TaskView(1, 1, 1, 4, 4, "finished", 1, 1L), new TaskView(2, 1, 5, 8, 8, "finished",
                1, 1L)), job.tasks());
        assertEquals("1", state.settings().get("active_project"));
        assertEquals("/srv/brender/render_settings", state.settings().get("render_settings_path_linux"));
    }

    @Test
    void snapshotsCannotBeChanged() {
        FlamencoState state = flamenco.emulator().state();
        JobView job = state.job(1).orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> job.tasks().clear());
        assertThrows(UnsupportedOperationException.class, () -> job.managerIds().add(5L));
        assertThrows(UnsupportedOperationException.class, () -> state.settings().put("x", "y"));
        assertThrows(UnsupportedOperationException.class,
                () -> state.project(1).orElseThrow().paths().put("path_server", "/x"));
        assertThrows(UnsupportedOperationException.class, () -> state.jobIds().add(9L));
    }

    @Test
    void resetRestoresSeedSettingsLedgerAndFaults() {
        FlamencoEmulator emulator = flamenco.emulator();
        FlamencoClient c = new FlamencoClient(emulator);
        c.post("/projects", "name", "Temporary");
        c.post("/jobs", "frame_start", "1", "frame_end", "2", "chunk_size", "1", "status", "stopped", "managers", "1");
        emulator.settings().failureRate(0.9).quirk(FlamencoQuirk.PRIORITY_AS_STRING, false);
        emulator.state().clock(new ManualClock());
        emulator.faults().serverErrors(0.5);

        emulator.reset();
        assertEquals(List.of(1L), emulator.state().jobIds());
        assertTrue(emulator.state().project(2).isEmpty());
        assertEquals(0, emulator.state().jobsCreated());
        assertEquals(0.25, emulator.settings().failureRate());
        assertTrue(emulator.settings().quirk(FlamencoQuirk.PRIORITY_AS_STRING));
        assertEquals(0, emulator.ledger().count());
        assertEquals(0, emulator.faults().serverErrors());
        assertFalse(emulator.state().now().isBefore(java.time.Instant.now().minusSeconds(60)), "system clock again");
        // ids start over
        assertEquals(2, c.post("/jobs", "frame_start", "1", "frame_end", "1", "chunk_size", "1", "status", "stopped",
                "managers", "1").json().get("id").asInt());
    }

    @Test
    void settingsCopyAndIdealServer() {
        FlamencoSettings original = new FlamencoSettings().seed(3).failureRate(0.5);
        FlamencoSettings copy = original.copy().idealServer();
        for (FlamencoQuirk q : FlamencoQuirk.values()) {
            assertFalse(copy.quirk(q), q.name());
            assertTrue(original.quirk(q), q.name());
        }
        assertEquals(3, copy.seed());
        assertEquals(0.5, copy.failureRate());
        copy.quirk(FlamencoQuirk.DELETE_JOB_DOES_NOTHING, true);
        assertTrue(copy.quirk(FlamencoQuirk.DELETE_JOB_DOES_NOTHING));
        assertThrows(IllegalArgumentException.class, () -> original.failureRate(1.5));
        assertThrows(IllegalArgumentException.class, () -> original.retryFailureRate(-0.1));
        assertThrows(IllegalArgumentException.class, () -> original.frameRenderTime(Duration.ZERO));
    }

    @Test
    void anIdealServerBehavesAsDocumented() {
        try (FlamencoEmulator emulator = FlamencoEmulator.start(new FlamencoSettings().idealServer(), 0)) {
            FlamencoClient c = new FlamencoClient(emulator);
            assertEquals(400, c.put("/jobs/1", "command", "pause").status());
            assertTrue(c.get("/jobs/1").json().get("priority").isInt());
            assertEquals("cube_turntable", c.get("/jobs/1").json().get("job_name").asText());
            c.delete("/jobs/1");
            assertTrue(emulator.state().jobIds().isEmpty());
        }
    }
}
