package io.farmroutes.examples.springboot;

import io.farmroutes.examples.pipeline.SampleShots;
import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.examples.pipeline.StudioRoutes;
import io.farmroutes.renderfarm.pipeline.RenderRequest;

import java.io.PrintStream;

import org.apache.camel.ProducerTemplate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Renders the sample shots once Camel has started, prints the summary, and exits 0 only if every shot was published. */
@Component
@ConditionalOnProperty(name = "studio.run-on-start", havingValue = "true", matchIfMissing = true)
public class StudioRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ProducerTemplate template;
    private final StudioBoard board;
    private final StudioProperties studio;
    private final PrintStream out = System.out;
    private volatile int exitCode = 1;

    public StudioRunner(ProducerTemplate template, StudioBoard board, StudioProperties studio) {
        this.template = template;
        this.board = board;
        this.studio = studio;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        for (RenderRequest shot : SampleShots.write(studio.work().resolve("scenes"))) {
            board.expect(shot.key());
            String taskId = template.requestBody(StudioRoutes.SHOTS, shot, String.class);
            out.printf("  %-8s submitted as task %s (%s, frames %s)%n", shot.key(), taskId, shot.job().name(),
                    shot.job().frames());
        }
        long deadline = System.nanoTime() + studio.timeLimit().toNanos();
        while (!board.allSettled() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        out.println();
        out.print(board.summary());
        boolean published = board.shots().stream().allMatch(s -> s.document() != null);
        out.println(published ? "Every shot rendered and published."
                : "Not every shot was rendered and published" + (board.allSettled() ? "." : " in time."));
        exitCode = published ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
