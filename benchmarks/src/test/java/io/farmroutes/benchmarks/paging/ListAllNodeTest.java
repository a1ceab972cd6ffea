package io.farmroutes.benchmarks.paging;

import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.sandbox.fox.FoxEmulator;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paging node, forked as the benchmark forks it, on a small task: what it reports is what happened. */
class ListAllNodeTest {

    @Test
    void streamedNodeReadsEveryFrameOnceInCeilTotalOverPageSizeRequests() throws Exception {
        try (FoxEmulator fox = FoxEmulator.start()) {
            long task = fox.state().seedFinishedTask(5_000);
            long warmUp = fox.state().seedFinishedTask(10);
            Map<String, Object> node = ForkedJvm.of(ListAllNode.class).option("-Xmx128m")
                    .timeout(Duration.ofMinutes(2))
                    .run(fox.domain(), Long.toString(task), Long.toString(warmUp), "300", "stream");

            assertEquals(5_000, ((Number) node.get("frames")).intValue());
            assertEquals(5_000L * 5_001 / 2, ((Number) node.get("frameNumberSum")).longValue());
            // 5,000 / 300 → 17 pages for the task, plus the warm-up task's one page
            assertEquals(18, fox.ledger().count("/api/render/handle/queryTaskFrames"));
            assertTrue((double) node.get("maxLiveMb") >= (double) node.get("baselineMb"));
        }
    }
}
