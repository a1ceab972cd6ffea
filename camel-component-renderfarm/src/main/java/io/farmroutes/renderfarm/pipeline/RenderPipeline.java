package io.farmroutes.renderfarm.pipeline;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.RenderfarmEndpoint;
import io.farmroutes.renderfarm.watch.WatchTaskSource;
import io.farmroutes.spi.asset.AssetTransport;
import io.farmroutes.spi.state.StateStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;

/**
 * A render pipeline as ordinary Camel routes: requests from any endpoint → assets → create → submit → watch
 * frames → re-submit failures with backoff → exhausted failures and finished tasks to endpoints of your choice.
 * Submission and re-submission are exactly-once through the state store, and a restart resumes what was in
 * flight. It speaks to the farm through its portable operations, so it runs on every provider.
 *
 * <pre>{@code
 * context.addRoutes(RenderPipeline.named("shots")
 *         .from("direct:shots")
 *         .provider("fox")
 *         .watchEvery(Duration.ofSeconds(15))
 *         .resubmitFailedFrames(3, Backoff.exponential(Duration.ofSeconds(30), Duration.ofMinutes(10)))
 *         .exhaustedTo("direct:alert")
 *         .completedTo("direct:publish"));
 * }</pre>
 */
public final class RenderPipeline implements RoutesBuilder {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");

    private final String name;
    private String source;
    private String provider;
    private final Map<String, String> farmOptions = new LinkedHashMap<>();
    private StateStore stateStore;
    private AssetTransport transport;
    private Path outputs;
    private int maxResubmits = 2;
    private Backoff backoff = Backoff.exponential(Duration.ofSeconds(5), Duration.ofMinutes(5));
    private Duration watchInterval = Duration.ofSeconds(10);
    private String watchCron;
    private Duration resumeEvery = Duration.ofSeconds(30);
    private Duration resumeAfter = Duration.ofMinutes(2);
    private String completedTo;
    private String exhaustedTo;
    private String progressTo;
    private Clock clock = Clock.systemUTC();
    private String leaderNamespace;

    private RenderPipeline(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a pipeline name is 1 to 63 letters, digits, '-' or '_', starting"
                    + " with a letter or digit: '" + name + "'");
        }
        this.name = name;
    }

    /** A pipeline; its name keeps its state apart from other pipelines' and must stay the same across restarts. */
    public static RenderPipeline named(String name) {
        return new RenderPipeline(name);
    }

    /** Where requests come from: any endpoint whose body is a {@link RenderRequest} or a RenderJob. */
    public RenderPipeline from(String uri) {
        this.source = requireText(uri, "from");
        return this;
    }

    /** The farm, by provider id; by default the renderfarm component's provider. */
    public RenderPipeline provider(String id) {
        this.provider = requireText(id, "provider");
        return this;
    }

    /**
     * An option of the farm's endpoints, e.g. {@code baseUrl}. Credentials are better set on the component
     * ({@code camel.component.renderfarm.*}), where they stay out of endpoint URIs.
     */
    public RenderPipeline farmOption(String option, Object value) {
        farmOptions.put(requireText(option, "farmOption"), String.valueOf(value));
        return this;
    }

    /** Where the pipeline remembers its work; by default the renderfarm component's state store. */
    public RenderPipeline stateStore(StateStore store) {
        this.stateStore = Objects.requireNonNull(store, "stateStore");
        return this;
    }

    /** How the requests' assets reach the farm, and how finished tasks' outputs come back. */
    public RenderPipeline assets(AssetTransport assetTransport) {
        this.transport = Objects.requireNonNull(assetTransport, "assets");
        return this;
    }

    /** Fetch each completed task's outputs into {@code directory/<key>/} (header {@code outputs}). */
    public RenderPipeline fetchOutputsTo(Path directory) {
        this.outputs = Objects.requireNonNull(directory, "fetchOutputsTo");
        return this;
    }

    /** Poll the farm at this interval (default 10 s). */
    public RenderPipeline watchEvery(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("watchEvery must be positive: " + interval);
        }
        this.watchInterval = interval;
        this.watchCron = null;
        return this;
    }

    /** Poll the farm on a Quartz cron schedule instead (needs camel-quartz), e.g. {@code 0/30 * * * * ?}. */
    public RenderPipeline watchCron(String cron) {
        this.watchCron = requireText(cron, "watchCron");
        return this;
    }

    /** Re-submit each failed frame up to {@code times} times, waiting as the backoff says (default 2). */
    public RenderPipeline resubmitFailedFrames(int times, Backoff wait) {
        if (times < 0) {
            throw new IllegalArgumentException("resubmitFailedFrames needs a count >= 0: " + times);
        }
        this.maxResubmits = times;
        this.backoff = Objects.requireNonNull(wait, "backoff");
        return this;
    }

    /**
     * Where frames go that failed after their last allowed re-submission (body: the frame), and tasks that ended
     * without rendering (body: {@link TaskProgress}, outcome FAILED).
     */
    public RenderPipeline exhaustedTo(String uri) {
        this.exhaustedTo = requireText(uri, "exhaustedTo");
        return this;
    }

    /** Where rendered tasks go, once each (body: {@link TaskProgress}, outcome COMPLETED). */
    public RenderPipeline completedTo(String uri) {
        this.completedTo = requireText(uri, "completedTo");
        return this;
    }

    /** Where each change of a task's progress goes (body: {@link TaskProgress}), e.g. a dashboard. */
    public RenderPipeline progressTo(String uri) {
        this.progressTo = requireText(uri, "progressTo");
        return this;
    }

    /**
     * How often to look for requests left half way, and how long a step may stall before another thread or node
     * takes it over (defaults 30 s and 2 min). The first look is at start.
     */
    public RenderPipeline resume(Duration every, Duration after) {
        this.resumeEvery = Objects.requireNonNull(every, "every");
        this.resumeAfter = Objects.requireNonNull(after, "after");
        return this;
    }

    /**
     * Runs the watchers and the re-submission and resume timers on one node of a cluster at a time, through
     * Camel's {@code master:} component and the CamelClusterService of the context (for example
     * {@code JdbcClusterService}); every node still accepts requests. Needs camel-master on the classpath.
     */
    public RenderPipeline singleLeader(String namespace) {
        this.leaderNamespace = requireText(namespace, "singleLeader namespace");
        return this;
    }

    /** The clock behind backoffs and stall detection (tests move it). */
    public RenderPipeline clock(Clock time) {
        this.clock = Objects.requireNonNull(time, "clock");
        return this;
    }

    public String name() {
        return name;
    }

    /** The ids of the routes this pipeline adds, e.g. for route-level management. */
    public Set<String> routeIds() {
        return Set.of(routeId("submit"), routeId("progress"), routeId("failures"), routeId("resubmit"),
                routeId("resume"), routeId("finish"));
    }

    private String routeId(String part) {
        return "pipeline-" + name + "-" + part;
    }

    @Override
    public void addRoutesToCamelContext(CamelContext context) throws Exception {
        routes().addRoutesToCamelContext(context);
    }

    @Override
    public void addTemplatedRoutesToCamelContext(CamelContext context) throws Exception {
        routes().addTemplatedRoutesToCamelContext(context);
    }

    @Override
    public Set<String> updateRoutesToCamelContext(CamelContext context) throws Exception {
        return routes().updateRoutesToCamelContext(context);
    }

    private RouteBuilder routes() {
        if (source == null) {
            throw new IllegalStateException("pipeline '" + name + "' has no source: call from(uri)");
        }
        return new RouteBuilder() {
            @Override
            public void configure() {
                define(this);
            }
        };
    }

    private void define(RouteBuilder routes) {
        CamelContext context = routes.getContext();
        if (leaderNamespace != null && context.hasComponent("master") == null && context.getClassResolver()
                .resolveClass("org.apache.camel.component.master.MasterComponent") == null) {
            throw new IllegalStateException("pipeline '" + name + "' runs single-leader, which needs camel-master on"
                    + " the classpath and a CamelClusterService in the context");
        }
        String farm = farmQuery();
        RenderfarmEndpoint farmEndpoint = context.getEndpoint("renderfarm:frame/resubmit" + farm,
                RenderfarmEndpoint.class);
        StateStore store = stateStore != null ? stateStore
                : context.getComponent("renderfarm", RenderfarmComponent.class).getStateStore();
        PipelineLedger ledger = new PipelineLedger(store, name);
        PipelineRuntime runtime = new PipelineRuntime(name, ledger, farmEndpoint, transport, outputs, maxResubmits,
                backoff, resumeAfter, clock);
        String tasksBean = routeId("tasks");
        context.getRegistry().bind(tasksBean, WatchTaskSource.class, (WatchTaskSource) ledger::inFlightTaskIds);
        String watch = (farm.isEmpty() ? "?" : farm + "&") + "watchTaskSource=#" + tasksBean;
        String finish = "direct:" + routeId("finish");
        SubmitStep submit = new SubmitStep(runtime);
        ResubmitSteps resubmit = new ResubmitSteps(runtime);
        FinishSteps finishing = new FinishSteps(runtime);

        routes.from(source).routeId(routeId("submit"))
                .process(submit);

        var progress = routes.from(leader("renderfarm:task/watch" + watch + "&watchProgress=true&watchId="
                                          + routeId("tasks") + "&" + schedule(routeId("tasks"))))
                .routeId(routeId("progress"))
                .process(new ProgressStep(runtime));
        if (progressTo != null) {
            progress.to(progressTo);
        }
        progress.filter(e -> e.getMessage().getBody(TaskProgress.class).status().isTerminal()).to(finish);

        var failures = routes.from(leader("renderfarm:frame/watch" + watch + "&watchStatuses=FAILED&watchId="
                                          + routeId("frames") + "&" + schedule(routeId("frames"))))
                .routeId(routeId("failures"))
                .process(new FailureStep(runtime))
                .filter(routes.header(FailureStep.DECISION).isNotEqualTo(FailureStep.Decision.RESUBMIT));
        var exhausted = failures.filter(routes.header(FailureStep.DECISION).isEqualTo(FailureStep.Decision.EXHAUSTED));
        if (exhaustedTo != null) {
            exhausted.to(exhaustedTo);
        }
        exhausted.process(FailureStep.reported(runtime)).end().to(finish);

        routes.from(leader("timer:" + routeId("resubmit") + "?delay=" + resubmitTick() + "&period=" + resubmitTick()))
                .routeId(routeId("resubmit"))
                .process(resubmit.due())
                .split(routes.body())
                    .doTry()
                        .process(resubmit.claim())
                        .filter(ResubmitSteps::anyClaimed)
                            .to("renderfarm:frame/resubmit" + farm)
                            .process(resubmit.sent())
                        .endDoTry()
                    .doCatch(Exception.class)
                        .process(resubmit.retryByObservation())
                    .end()
                .end();

        routes.from(leader("timer:" + routeId("resume") + "?delay=0&period=" + resumeEvery.toMillis()))
                .routeId(routeId("resume"))
                .process(new ResumeStep(runtime, submit))
                .split(routes.body())
                    .setHeader(RenderfarmConstants.TASK_ID, routes.body())
                    .to(finish)
                .end();

        var finishRoute = routes.from(finish).routeId(routeId("finish"))
                .onException(Exception.class).process(finishing.release()).end()
                .process(finishing.claim())
                .filter(routes.header(FinishSteps.CLAIMED).isEqualTo(true));
        var outcome = finishRoute.choice()
                .when(routes.header(PipelineHeaders.OUTCOME).isEqualTo("COMPLETED"));
        if (completedTo != null) {
            outcome.to(completedTo);
        }
        outcome.otherwise();
        if (exhaustedTo != null) {
            outcome.to(exhaustedTo);
        }
        outcome.end().process(finishing.finished());
    }

    // Only the polling routes follow the leader: a request sent to any node is still taken in by that node.
    private String leader(String uri) {
        return leaderNamespace == null ? uri : "master:" + leaderNamespace + ":" + uri;
    }

    /** The farm's options as a query string, values raw so that nothing in them is re-encoded. */
    private String farmQuery() {
        Map<String, String> options = new LinkedHashMap<>();
        if (provider != null) {
            options.put("provider", provider);
        }
        options.putAll(farmOptions);
        if (options.isEmpty()) {
            return "";
        }
        return options.entrySet().stream().map(e -> e.getKey() + "=RAW(" + e.getValue() + ")")
                .collect(Collectors.joining("&", "?", ""));
    }

    private String schedule(String watcher) {
        if (watchCron != null) {
            // A fixed trigger id: on a clustered job store every node must name the same trigger, not a random one.
            return "scheduler=quartz&scheduler.cron=RAW(" + watchCron + ")&scheduler.triggerGroup=farmroutes"
                   + "&scheduler.triggerId=" + watcher;
        }
        return "initialDelay=" + Math.min(watchInterval.toMillis(), 1000) + "&delay=" + watchInterval.toMillis();
    }

    /** Due re-submissions are looked for often enough to keep the backoff, never more than four times a second. */
    private long resubmitTick() {
        long watch = watchCron != null ? 10_000 : watchInterval.toMillis();
        return Math.max(250, Math.min(watch, Math.max(backoff.initial().toMillis(), 250)));
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " needs a value");
        }
        return value;
    }
}
