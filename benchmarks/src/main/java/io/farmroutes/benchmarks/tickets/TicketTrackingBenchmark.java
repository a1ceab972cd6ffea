package io.farmroutes.benchmarks.tickets;

import io.farmroutes.benchmarks.Benchmark;
import io.farmroutes.benchmarks.SandboxComponents;
import io.farmroutes.benchmarks.Section;
import io.farmroutes.benchmarks.Table;
import io.farmroutes.ipernity.model.TicketStatus;
import io.farmroutes.sandbox.ipernity.IpernityEmulator;
import io.farmroutes.sandbox.ipernity.IpernitySettings;
import io.farmroutes.sandbox.ipernity.IpernityState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * ETA-aware ticket tracking: the same 1,000 paced uploads followed once by the component's checkTickets
 * consumer and once by a fixed-interval poller, against one ipernity emulator; requests against the fewest
 * possible, and the lag from a ticket becoming ready to its emission.
 */
public final class TicketTrackingBenchmark implements Benchmark {

    private static final int UPLOADS = 1000;
    private static final int PER_SECOND = 100;
    private static final Duration PROCESSING = Duration.ofSeconds(3);
    private static final long CONSUMER_DELAY_MS = 200;
    /** The endpoint's default batchWait, which this run keeps. */
    private static final long BATCH_WAIT_MS = 1000;
    private static final Duration NAIVE_INTERVAL = Duration.ofSeconds(1);
    /** ETAs are whole seconds rounded up: a tracker that never asks early may ask up to 1 s after ready. */
    private static final long ETA_GRANULARITY_MS = 1000;
    /** Room for the checkTickets round trips themselves on a loaded machine. */
    private static final long ROUND_TRIP_ALLOWANCE_MS = 500;
    private static final double GOAL_RATIO = 1.2;
    private static final String CHECK_TICKETS_PATH = "/api/upload.checkTickets/json";
    private static final Duration SETTLE = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "tickets";
    }

    @Override
    public Section run() throws Exception {
        try (IpernityEmulator emulator = IpernityEmulator.start(
                new IpernitySettings().processingTime(PROCESSING), 0)) {
            emulator.ledger().keepRequests(false);
            String token = emulator.issueToken(Map.of("doc", "write"));
            TrackerResult etaAware = track(emulator, token, "ETA-aware consumer",
                    (context, emissions) -> etaAwareRun(context, emissions, BATCH_WAIT_MS));
            TrackerResult unbatched = track(emulator, token, "ETA-aware, batchWait=0 (no gathering)",
                    (context, emissions) -> etaAwareRun(context, emissions, 0));
            TrackerResult naive = track(emulator, token, "naive 1 s poller", this::naiveRun);
            return section(etaAware, unbatched, naive);
        }
    }

    /** One tracker over the paced uploads, in a CamelContext of its own (its own component and tracker). */
    private interface TrackerRun {
        List<String> run(CamelContext context, Emissions emissions) throws Exception;
    }

    private TrackerResult track(IpernityEmulator emulator, String token, String tracker, TrackerRun run)
            throws Exception {
        emulator.ledger().clear();
        Emissions emissions = new Emissions();
        List<String> tickets;
        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("ipernity", SandboxComponents.ipernity(emulator.baseUrl(), token));
            tickets = run.run(context, emissions);
        }
        emissions.requireEachExactlyOnce(tickets, tracker);
        int requests = emulator.ledger().count(CHECK_TICKETS_PATH);
        if (requests == 0) {
            throw new IllegalStateException("no checkTickets request counted at " + CHECK_TICKETS_PATH);
        }
        return result(emulator.state(), tracker, requests, tickets, emissions);
    }

    private static TrackerResult result(IpernityState state, String tracker, int requests, List<String> tickets,
                                        Emissions emissions) {
        Map<String, IpernityState.TicketAsks> asks = state.ticketAsks();
        Map<String, Instant> readyAt = state.tickets().stream()
                .collect(Collectors.toMap(IpernityState.Ticket::id, IpernityState.Ticket::readyAt));
        int readyAtFirst = 0;
        List<Long> lags = new ArrayList<>();
        for (String ticket : tickets) {
            if (asks.get(ticket).readyAtFirstAsk()) {
                readyAtFirst++;
            }
            lags.add(Duration.between(readyAt.get(ticket), emissions.emittedAt(ticket)).toMillis());
        }
        lags.sort(null);
        return new TrackerResult(tracker, requests, state.fewestCheckTicketsRequests(tickets), readyAtFirst, lags);
    }

    private List<String> etaAwareRun(CamelContext context, Emissions emissions, long batchWait) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("ipernity:upload/checkTickets?initialDelay=0&delay=" + CONSUMER_DELAY_MS
                        + "&batchWait=" + batchWait)
                        .process(e -> emissions.emitted(e.getMessage().getBody(TicketStatus.class).id()));
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        List<String> tickets = new PacedUploads(UPLOADS, PER_SECOND).run(template, ticket -> { });
        settle(emissions, tickets, "ETA-aware consumer");
        return tickets;
    }

    private List<String> naiveRun(CamelContext context, Emissions emissions) throws Exception {
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        Set<String> pending = ConcurrentHashMap.newKeySet();
        try (NaivePoller poller = new NaivePoller(template, pending, emissions, NAIVE_INTERVAL)) {
            List<String> tickets = new PacedUploads(UPLOADS, PER_SECOND).run(template, pending::add);
            settle(emissions, tickets, "naive poller");
            poller.requireNoFailure();
            return tickets;
        }
    }

    /** Waits for every ticket, then one more poll round, so that a ticket emitted twice would be seen. */
    private static void settle(Emissions emissions, List<String> tickets, String tracker) throws Exception {
        if (!emissions.awaitAll(tickets, SETTLE)) {
            throw new IllegalStateException(tracker + " had not emitted every ticket " + SETTLE.toSeconds()
                    + " s after the last upload");
        }
        Thread.sleep(NAIVE_INTERVAL.toMillis() + CONSUMER_DELAY_MS);
    }

    private static Section section(TrackerResult etaAware, TrackerResult unbatched, TrackerResult naive) {
        long lagBound = ETA_GRANULARITY_MS + BATCH_WAIT_MS + CONSUMER_DELAY_MS + ROUND_TRIP_ALLOWANCE_MS;
        boolean fewEnough = etaAware.ratioToFewest() <= GOAL_RATIO;
        boolean lagBounded = etaAware.maxLag() <= lagBound;
        Table table = new Table("tracker", "checkTickets requests", "fewest possible", "ratio to fewest",
                "ready at first ask", "lag median", "lag p95", "lag max", "each emitted once");
        for (TrackerResult r : List.of(etaAware, unbatched, naive)) {
            table.add(r.tracker(), r.requests(), r.fewest(), ratio(r.ratioToFewest()), r.readyAtFirst(),
                    r.lagPercentile(0.5) + " ms", r.lagPercentile(0.95) + " ms", r.maxLag() + " ms",
                    "yes, " + UPLOADS + " of " + UPLOADS);
        }
        return new Section("ETA-aware ticket tracking")
                .goal("ETA-aware ticket tracking over 1,000 uploads: checkTickets requests ≤ 1.2 × the minimum,"
                                + " against a naive fixed-interval poller measured in the same run",
                        etaAware.requests() + " requests, minimum " + etaAware.fewest() + ": "
                                + ratio(etaAware.ratioToFewest()) + "; naive poller " + naive.requests()
                                + " (" + ratio(naive.ratioToFewest()) + " its minimum), "
                                + ratio((double) naive.requests() / etaAware.requests()) + " the ETA-aware",
                        fewEnough)
                .goal("… without winning by waiting: ETA-aware lag from ready to emitted ≤ 1 s ETA rounding"
                                + " + batchWait + poll delay + " + ROUND_TRIP_ALLOWANCE_MS + " ms = "
                                + lagBound + " ms",
                        "max " + etaAware.maxLag() + " ms (median " + etaAware.lagPercentile(0.5) + " ms); naive"
                                + " max " + naive.maxLag() + " ms",
                        lagBounded)
                .add(table)
                .add(whatChanged(unbatched))
                .add(scenario())
                .add(minimumDefinition());
    }

    private static String scenario() {
        return "Scenario: " + UPLOADS + " uploads through `ipernity:upload/file`, " + PER_SECOND
                + " per second for " + UPLOADS / PER_SECOND + " s (4 senders), like a pipeline publishing frames."
                + " The emulator's processing time is scaled from its default 30 s to " + PROCESSING.toSeconds()
                + " s (÷ 10), so each ticket is ready " + PROCESSING.toSeconds() + " s after its upload."
                + " ETA-aware: `from(\"ipernity:upload/checkTickets?delay=" + CONSUMER_DELAY_MS + "&batchWait="
                + BATCH_WAIT_MS + "\")` (batchWait at its default); the same with batchWait=0 shows what asking"
                + " at each poll about whatever is due costs. Naive: every " + NAIVE_INTERVAL.toSeconds()
                + " s it sends all pending ids to the `ipernity:upload/checkTickets` producer (split into"
                + " requests of 50) and drops the finished ones. They run one after the other against the same"
                + " emulator, each in its own CamelContext, with the ledger cleared in between; each must emit"
                + " every one of the " + UPLOADS + " tickets exactly once or the run fails.";
    }

    private static String whatChanged(TrackerResult unbatched) {
        return "Asking at each poll about whatever is due (batchWait=0, as the consumer did before this change)"
                + " took " + unbatched.requests() + " requests (" + ratio(unbatched.ratioToFewest())
                + " the minimum): at " + PER_SECOND + " uploads per second a " + CONSUMER_DELAY_MS
                + " ms poll finds about "
                + PER_SECOND * CONSUMER_DELAY_MS / 1000 + " new tickets and asks about them"
                + " in a request of their own, then again once their ETA has passed."
                + " Now fewer than 50 due tickets wait until 50 are due or the longest due has waited batchWait,"
                + " and each ETA counts from when the answer arrived, so the tickets of one request come due"
                + " together and are asked about again in one full request.";
    }

    private static String minimumDefinition() {
        return "The minimum: an upload's answer carries no ETA, so a tracker that does not know the processing"
                + " time must ask about each ticket once to learn its ETA and once more after it has passed, unless"
                + " the first ask already finds it ready; one request carries at most 50 tickets. With A = Σ over"
                + " the tickets of (1 if ready at its first ask, else 2), counted by the emulator from what it"
                + " answered, the minimum is ⌈A / 50⌉, for each tracker from its own first asks. Lag: the moment"
                + " the tracker emitted a ticket minus the moment the emulator made it ready.";
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }
}
