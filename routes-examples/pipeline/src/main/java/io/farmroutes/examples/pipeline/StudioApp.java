package io.farmroutes.examples.pipeline;

import io.farmroutes.spi.asset.DirectoryAssetTransport;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.apache.camel.CamelContext;
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
             CamelContext context = studio(services, board, work, share)) {
            out.println("Farm Routes studio pipeline: " + services.describe());
            context.start();

            return StudioJob.run(context.createProducerTemplate(), board, SampleShots.write(work.resolve("scenes")),
                    TIME_LIMIT, out);
        }
    }

    /** The studio's Camel context, not started: the services' components and the studio's routes. */
    static CamelContext studio(StudioServices services, StudioBoard board, Path work, Path share) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("renderfarm", services.renderfarm());
        context.addComponent("ipernity", services.ipernity());
        Duration watch = Duration.ofMillis(services.sandboxed() ? 250 : 15_000);
        context.addRoutes(new StudioRoutes(board, new DirectoryAssetTransport(share), work.resolve("outputs"),
                watch));
        return context;
    }
}
