package io.farmroutes.reliability.crash;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.pipeline.Backoff;
import io.farmroutes.renderfarm.pipeline.PipelineHeaders;
import io.farmroutes.renderfarm.pipeline.RenderPipeline;
import io.farmroutes.renderfarm.pipeline.TaskProgress;
import io.farmroutes.spi.state.JdbcStateStore;

import java.time.Duration;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A render pipeline on the JDBC state store, run as a child JVM by the crash test: on every start it sends the
 * same shots again, and the ledger alone must keep it from submitting any of them twice. It runs until killed,
 * or with {@code exitWhenDone=true} until every shot has completed.
 */
public final class PipelineNode {

    private static final Duration POLL = Duration.ofMillis(250);

    private final NodeSettings settings;

    private PipelineNode(NodeSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        NodeSettings settings = NodeSettings.from(args, System.getenv());
        System.exit(new PipelineNode(settings).run());
    }

    private int run() throws Exception {
        try (HikariDataSource database = pool();
             CamelContext context = new DefaultCamelContext()) {
            JdbcStateStore store = new JdbcStateStore(database);
            OutcomeLog outcomes = new OutcomeLog(database);
            context.addComponent("renderfarm", farm(store));
            context.addRoutes(outcomeRoutes(outcomes));
            context.addRoutes(pipeline(store));
            context.start();
            NodeLines.print(NodeLines.STARTED + " (" + settings + ")");
            sendShots(context.createProducerTemplate());
            return watchUntilDone(outcomes);
        }
    }

    /** A few pooled connections: the ledger makes many small calls, each too short to pay for a login. */
    private HikariDataSource pool() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(settings.jdbcUrl());
        pool.setUsername(settings.dbUser());
        pool.setPassword(settings.dbPassword());
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(10_000);
        pool.setPoolName("crash-node");
        return new HikariDataSource(pool);
    }

    private RenderfarmComponent farm(JdbcStateStore store) {
        RenderfarmComponent component = new RenderfarmComponent();
        RenderfarmConfiguration farm = component.getConfiguration();
        farm.setDomain(settings.farmDomain());
        farm.setProtocol("http");
        farm.setAccessId(settings.accessId());
        farm.setAccessKey(settings.accessKey());
        farm.setPlatform(2);
        farm.setZone(2);
        farm.setRetryDelay(20);
        // the watchers remember what they emitted in the same database, as a deployed node's would
        component.setStateStore(store);
        return component;
    }

    private RenderPipeline pipeline(JdbcStateStore store) {
        return RenderPipeline.named(CrashShots.PIPELINE)
                .from("direct:shots")
                .stateStore(store)
                .watchEvery(Duration.ofMillis(250))
                .resubmitFailedFrames(3, new Backoff(Duration.ofMillis(100), 2, Duration.ofMillis(400)))
                // a restart carries on at once; a step of a live node is never older than a second here
                .resume(Duration.ofMillis(500), Duration.ofSeconds(1))
                .completedTo("direct:completed")
                .exhaustedTo("direct:exhausted");
    }

    private static RouteBuilder outcomeRoutes(OutcomeLog outcomes) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:completed").routeId("crash-completed").process(e -> record(outcomes, e));
                from("direct:exhausted").routeId("crash-exhausted").process(e -> record(outcomes, e));
            }
        };
    }

    private static void record(OutcomeLog outcomes, Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        String key = exchange.getMessage().getHeader(PipelineHeaders.JOB_KEY, String.class);
        if (body instanceof TaskProgress task) {
            outcomes.record(key, task.taskId(), exchange.getMessage().getHeader(PipelineHeaders.OUTCOME, String.class));
        } else {
            // a frame given up on: its task still ends (as FAILED) and is recorded then
            outcomes.record(key, null, "FRAME_EXHAUSTED");
        }
    }

    private void sendShots(ProducerTemplate template) {
        for (int i = 0; i < settings.jobs(); i++) {
            int shot = i;
            Exchange sent = template.request("direct:shots",
                    e -> e.getMessage().setBody(CrashShots.request(shot, settings.frames())));
            String task = sent.getMessage().getHeader(RenderfarmConstants.TASK_ID, String.class);
            Object duplicate = sent.getMessage().getHeader(PipelineHeaders.DUPLICATE);
            String failure = sent.isFailed() ? " failed=" + sent.getException() : "";
            NodeLines.print(NodeLines.SENT + (i + 1) + "/" + settings.jobs() + " key=" + CrashShots.key(i)
                    + " task=" + task + " duplicate=" + duplicate + failure);
        }
        NodeLines.print(NodeLines.ALL_SENT);
    }

    /** Prints the completed count when it changes; returns only when exitWhenDone and every shot completed. */
    private int watchUntilDone(OutcomeLog outcomes) throws InterruptedException {
        int reported = -1;
        while (true) {
            Map<String, Integer> completed = outcomes.deliveries("COMPLETED");
            if (completed.size() != reported) {
                reported = completed.size();
                NodeLines.print(NodeLines.PROGRESS + reported + "/" + settings.jobs());
            }
            if (settings.exitWhenDone() && reported >= settings.jobs()) {
                NodeLines.print(NodeLines.ALL_COMPLETED);
                return 0;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
