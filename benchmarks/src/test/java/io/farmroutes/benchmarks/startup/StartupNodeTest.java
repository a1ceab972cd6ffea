package io.farmroutes.benchmarks.startup;

import io.farmroutes.benchmarks.ForkedJvm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up node starts what the benchmark says it starts, and fails loudly when it cannot. */
class StartupNodeTest {

    @Test
    void fullContextStartsThePipelineAndTheRoutesOfAllThreeComponents(@TempDir Path share) throws Exception {
        // nothing is called while starting, so nothing needs to listen on these addresses
        Map<String, Object> node = ForkedJvm.of(StartupNode.class).timeout(Duration.ofMinutes(2))
                .run("full", "127.0.0.1:9", "http://127.0.0.1:9/", "http://127.0.0.1:9/", share.toString());

        assertEquals(11, ((Number) node.get("routes")).intValue());
        // renderfarm, boinc and ipernity, plus the direct and timer components the routes use
        assertTrue(((Number) node.get("components")).intValue() >= 5, node.toString());
        double total = ((Number) node.get("mainToStartedMs")).doubleValue();
        double phases = ((Number) node.get("constructMs")).doubleValue()
                + ((Number) node.get("configureMs")).doubleValue() + ((Number) node.get("startMs")).doubleValue();
        assertEquals(total, phases, 1.0, "the phases add up to the whole");
    }

    @Test
    void aNodeThatCannotStartIsAnError(@TempDir Path share) {
        IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ForkedJvm.of(StartupNode.class).timeout(Duration.ofMinutes(1)).run("full"));
        assertTrue(failure.getMessage().contains("StartupNode ended with exit code"), failure.getMessage());
    }
}
