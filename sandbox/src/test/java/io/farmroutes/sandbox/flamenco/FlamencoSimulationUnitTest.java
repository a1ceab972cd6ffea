package io.farmroutes.sandbox.flamenco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The pieces below HTTP: failure decisions, frame progress, the virtual disk, route rules and field parsing. */
class FlamencoSimulationUnitTest {

    @Test
    void failuresDependOnlyOnSeedTaskAndAttempt() {
        SimRules rules = new SimRules(10, 0.25, 0.0, 7);
        int failures = 0;
        for (long task = 1; task <= 4000; task++) {
            boolean first = rules.fails(task, 0);
            assertEquals(first, new SimRules(99, 0.25, 0.0, 7).fails(task, 0), "the frame time plays no part");
            assertFalse(rules.fails(task, 1), "retries never fail at a retry rate of 0");
            failures += first ? 1 : 0;
        }
        assertTrue(failures > 850 && failures < 1150, "about a quarter: " + failures);
        long differing = java.util.stream.LongStream.rangeClosed(1, 200)
                .filter(t -> rules.fails(t, 0) != new SimRules(10, 0.25, 0.0, 8).fails(t, 0)).count();
        assertTrue(differing > 0, "another seed gives other failures");
        assertTrue(new SimRules(10, 1.0, 0.0, 1).fails(5, 0));
        assertFalse(new SimRules(10, 0.0, 1.0, 1).fails(5, 0));
        assertTrue(new SimRules(10, 0.0, 1.0, 1).fails(5, 3));
    }

    @Test
    void aRunAdvancesOneFramePerFrameTime() {
        TaskRun run = new TaskRun(1, 1, 1L, 1000, 5, 8, 100, false);
        assertEquals(1400, run.endMs());
        assertEquals(5, run.frameAt(900));
        assertEquals(5, run.frameAt(1099));
        assertEquals(6, run.frameAt(1100));
        assertEquals(8, run.frameAt(1399));
        assertEquals(8, run.frameAt(5000));
    }

    @Test
    void theVirtualDiskListsInInsertionOrderAndNeverClimbsAboveTheRoot() {
        VirtualFiles files = new VirtualFiles();
        files.addFile("/srv/p/b.blend");
        files.addDirectory("/srv/p/a/");
        files.addFile("/srv/p/a/x.txt");
        assertEquals(Optional.of(List.of(new VirtualFiles.Entry("b.blend", false), new VirtualFiles.Entry("a", true))),
                files.list("/srv/p"));
        assertEquals(files.list("/srv/p"), files.list("/srv/p/a/../"));
        assertTrue(files.list("/srv/p/b.blend").isEmpty());
        assertTrue(files.list("/srv/q").isEmpty());
        assertEquals(files.list("/"), files.list("/../.."));
        assertEquals("/srv/p/a", VirtualFiles.join("/srv/p/", "a"));
    }

    @Test
    void routeRulesMatchLikeWerkzeug() {
        RouteTable routes = new RouteTable();
        Endpoint any = call -> null;
        routes.on("GET", "/jobs/{int}", any).on("POST", "/jobs/delete", any).on("GET", "/browse/{path}", any)
                .on("PATCH", "/managers/{name}", any);
        assertEquals(List.of("12"), routes.find("/jobs/12").orElseThrow().params());
        assertTrue(routes.find("/jobs/-1").isEmpty());
        assertTrue(routes.find("/jobs/12/").isEmpty());
        assertTrue(routes.find("/jobs/delete").orElseThrow().params().isEmpty());
        assertEquals(List.of("shots/010"), routes.find("/browse/shots/010").orElseThrow().params());
        assertTrue(routes.find("/browse/").isEmpty());
        assertTrue(routes.find("/managers/a/b").isEmpty());
        RouteTable.Match m = routes.find("/jobs/3").orElseThrow();
        assertTrue(m.endpoint("HEAD").isPresent());
        assertTrue(m.endpoint("PUT").isEmpty());
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), List.copyOf(m.route().allowed()));
    }

    @Test
    void integerTextFollowsPythonsInt() {
        assertEquals(42, FlamencoArgs.parseInt("f", " 42\\n".replace("\\n", "\n")));
        assertEquals(-3, FlamencoArgs.parseInt("f", "-3"));
        assertEquals(7, FlamencoArgs.parseInt("f", "+7"));
        assertEquals("'it'", FlamencoArgs.pythonRepr("it"));
        assertEquals("\"it's\"", FlamencoArgs.pythonRepr("it's"));
        FlamencoFailure bad = org.junit.jupiter.api.Assertions.assertThrows(FlamencoFailure.class,
                () -> FlamencoArgs.parseInt("frame_end", "4.0"));
        assertEquals(400, bad.reply().status());
        assertEquals("{\"message\": {\"frame_end\": \"invalid literal for int() with base 10: '4.0'\"}}",
                bad.reply().bodyText());
    }

    @Test
    void percentagesRoundHalfUpToOneDecimal() {
        assertEquals(33.3, JsonShapes.percent(1, 3));
        assertEquals(66.7, JsonShapes.percent(2, 3));
        assertEquals(6.3, JsonShapes.percent(1, 16));
        assertEquals(100.0, JsonShapes.percent(4, 4));
    }
}
