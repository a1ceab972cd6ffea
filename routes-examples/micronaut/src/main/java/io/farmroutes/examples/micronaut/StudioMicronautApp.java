package io.farmroutes.examples.micronaut;

import io.farmroutes.examples.pipeline.SampleShots;
import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.examples.pipeline.StudioJob;
import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.time.Duration;

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

        try (ProducerTemplate template = camel.createProducerTemplate()) {
            return StudioJob.run(template, board, SampleShots.write(settings.workDir().resolve("scenes")), TIME_LIMIT,
                    out);
        }
    }
}
