package io.farmroutes.examples.pipeline;

import io.farmroutes.ipernity.model.TicketStatus;
import io.farmroutes.ipernity.model.UploadTicket;
import io.farmroutes.renderfarm.pipeline.Backoff;
import io.farmroutes.renderfarm.pipeline.PipelineHeaders;
import io.farmroutes.renderfarm.pipeline.RenderPipeline;
import io.farmroutes.renderfarm.pipeline.TaskProgress;
import io.farmroutes.spi.asset.AssetTransport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;

/**
 * The studio's routes: the render pipeline (shots from {@code direct:shots}, rendered on the farm, failed frames
 * re-submitted twice) and its publication: each rendered shot's poster frame is uploaded to ipernity, and the
 * upload ticket is followed until the document exists.
 */
public final class StudioRoutes extends RouteBuilder {

    public static final String SHOTS = "direct:shots";

    private final StudioBoard board;
    private final AssetTransport transport;
    private final Path outputs;
    private final Duration watch;

    /**
     * @param transport how scenes reach the farm and frames come back
     * @param outputs   where rendered frames are fetched to
     * @param watch     how often the farm is polled
     */
    public StudioRoutes(StudioBoard board, AssetTransport transport, Path outputs, Duration watch) {
        this.board = board;
        this.transport = transport;
        this.outputs = outputs;
        this.watch = watch;
    }

    /** The pipeline on its own, as routes: what the Micronaut and Spring Boot examples register as a bean too. */
    public RenderPipeline pipeline() {
        return RenderPipeline.named("studio").from(SHOTS)
                .assets(transport)
                .fetchOutputsTo(outputs)
                .watchEvery(watch)
                .resubmitFailedFrames(2, new Backoff(watch, 2, watch.multipliedBy(8)))
                .progressTo("direct:studio-progress")
                .exhaustedTo("direct:studio-exhausted")
                .completedTo("direct:studio-publish");
    }

    @Override
    public void configure() throws Exception {
        getContext().addRoutes(pipeline());

        from("direct:studio-progress").routeId("studio-progress")
                .process(e -> board.progress(e.getMessage().getBody(TaskProgress.class)));

        from("direct:studio-exhausted").routeId("studio-exhausted")
                .filter(body().isInstanceOf(TaskProgress.class))
                .process(e -> board.finished(e.getMessage().getBody(TaskProgress.class), "FAILED", 0));

        from("direct:studio-publish").routeId("studio-publish")
                .process(e -> {
                    TaskProgress task = e.getMessage().getBody(TaskProgress.class);
                    List<?> files = e.getMessage().getHeader(PipelineHeaders.OUTPUTS, List.class);
                    board.finished(task, "COMPLETED", files == null ? 0 : files.size());
                    if (files == null || files.isEmpty()) {
                        throw new IllegalStateException("task " + task.taskId() + " rendered but left no output");
                    }
                    e.setVariable("shot", task.jobKey());
                    e.getMessage().setHeader("CamelIpernity.title", task.jobName() + " (poster frame)");
                    e.getMessage().setBody(files.get(0));
                })
                .to("ipernity:upload/file?isPublic=false&async=true")
                .process(e -> board.uploaded(e.getVariable("shot", String.class),
                        e.getMessage().getBody(UploadTicket.class).ticket()));

        from("ipernity:upload/checkTickets?initialDelay=0&delay=" + watch.toMillis()).routeId("studio-tickets")
                .process(e -> {
                    TicketStatus ticket = e.getMessage().getBody(TicketStatus.class);
                    board.ticket(ticket.id(), ticket.done(), ticket.docId());
                });
    }
}
