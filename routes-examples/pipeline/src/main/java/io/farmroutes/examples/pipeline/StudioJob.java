package io.farmroutes.examples.pipeline;

import io.farmroutes.renderfarm.pipeline.RenderRequest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.apache.camel.ProducerTemplate;

/**
 * The studio's job, whatever hosts it (plain Java, Micronaut, Spring Boot): send the shots into the pipeline,
 * wait until each is published or given up on, print the summary. Exit code 0 when every shot was published.
 */
public final class StudioJob {

    private StudioJob() {
    }

    public static int run(ProducerTemplate template, StudioBoard board, List<RenderRequest> shots, Duration limit,
                          PrintStream out) throws InterruptedException {
        for (RenderRequest shot : shots) {
            board.expect(shot.key());
            String taskId = template.requestBody(StudioRoutes.SHOTS, shot, String.class);
            out.printf("  %-8s submitted as task %s (%s, frames %s)%n", shot.key(), taskId, shot.job().name(),
                    shot.job().frames());
        }
        long deadline = System.nanoTime() + limit.toNanos();
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
