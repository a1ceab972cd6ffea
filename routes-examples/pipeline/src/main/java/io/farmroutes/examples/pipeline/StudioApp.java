package io.farmroutes.examples.pipeline;

import io.farmroutes.renderfarm.pipeline.RenderRequest;
import io.farmroutes.spi.asset.DirectoryAssetTransport;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The main job: renders a handful of sample shots through the pipeline, re-submitting failed frames, publishes
 * each rendered shot to ipernity, and prints progress as it goes and a summary at the end. Exit code 0 when every
 * shot was rendered and published.
 */
public final class StudioApp {

    /** How long the whole job may take before it gives up waiting. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    private StudioApp() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("farmroutes-studio");
        String share = System.getenv("FARM_SHARE");
        int code = run(System::getenv, work, share == null || share.isBlank() ? work.resolve("share") : Path.of(share),
                System.out);
        System.exit(code);
    }

    /** Runs the job; returns the exit code. */
    static int run(Function<String, String> env, Path work, Path share, PrintStream out) throws Exception {
        StudioBoard board = new StudioBoard(out);
        try (StudioServices services = StudioServices.start(env, share);
             CamelContext context = new DefaultCamelContext()) {
            out.println("Farm Routes studio pipeline: " + services.describe());
            context.addComponent("renderfarm", services.renderfarm());
            context.addComponent("ipernity", services.ipernity());
            Duration watch = Duration.ofMillis(services.sandboxed() ? 250 : 15_000);
            context.addRoutes(new StudioRoutes(board, new DirectoryAssetTransport(share), work.resolve("outputs"),
                    watch));
            context.start();

            List<RenderRequest> shots = SampleShots.write(work.resolve("scenes"));
            ProducerTemplate template = context.createProducerTemplate();
            for (RenderRequest shot : shots) {
                board.expect(shot.key());
                String taskId = template.requestBody(StudioRoutes.SHOTS, shot, String.class);
                out.printf("  %-8s submitted as task %s (%s, frames %s)%n", shot.key(), taskId, shot.job().name(),
                        shot.job().frames());
            }
            long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
            while (!board.allSettled() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            out.println();
            out.print(board.summary());
            boolean published = board.shots().stream().allMatch(s -> s.document() != null);
            out.println(published ? "Every shot rendered and published."
                    : "Not every shot was rendered and published" + (board.allSettled() ? "." : " in time."));
            return published ? 0 : 1;
        }
    }
}
