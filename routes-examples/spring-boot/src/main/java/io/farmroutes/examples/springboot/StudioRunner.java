package io.farmroutes.examples.springboot;

import io.farmroutes.examples.pipeline.SampleShots;
import io.farmroutes.examples.pipeline.StudioBoard;
import io.farmroutes.examples.pipeline.StudioJob;

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
        exitCode = StudioJob.run(template, board, SampleShots.write(studio.work().resolve("scenes")),
                studio.timeLimit(), out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
