package io.farmroutes.examples.micronaut;

import io.farmroutes.examples.pipeline.SampleShots;
import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.examples.pipeline.StudioRoutes;
import io.farmroutes.renderfarm.pipeline.RenderRequest;
import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * The studio job inside Micronaut: the application context builds Camel, the components and the routes; this
 * sends the sample shots, waits for the board to settle and exits 0 when every shot was published.
 */
public final class StudioMicronautApp {

    /** How long the whole job may take before it gives up waiting. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(90);

    private StudioMicronautApp() {
    }

    public static void main(String[] args) throws Exception {
        int code;
        try (ApplicationContext context = ApplicationContext.run(args)) {
            code = run(context, System.out);
        }
        System.exit(code);
    }

    /** Runs the job in a started application context; returns the exit code. */
    static int run(ApplicationContext beans, PrintStream out) throws Exception {
        CamelContext camel = beans.getBean(CamelContext.class);
        StudioBoard board = beans.getBean(StudioBoard.class);
        StudioSettings settings = beans.getBean(StudioSettings.class);
        out.println("Farm Routes studio pipeline on Micronaut: " + beans.findBean(Sandbox.class)
                .map(Sandbox::describe).orElse("the real Fox Renderfarm and ipernity"));

        List<RenderRequest> shots = SampleShots.write(settings.workDir().resolve("scenes"));
        ProducerTemplate template = camel.createProducerTemplate();
        try {
            for (RenderRequest shot : shots) {
                board.expect(shot.key());
                String taskId = template.requestBody(StudioRoutes.SHOTS, shot, String.class);
                out.printf("  %-8s submitted as task %s (%s, frames %s)%n", shot.key(), taskId, shot.job().name(),
                        shot.job().frames());
            }
        } finally {
            template.close();
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
