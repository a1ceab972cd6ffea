package io.farmroutes.benchmarks.tickets;

import io.farmroutes.ipernity.model.TicketReport;
import io.farmroutes.ipernity.model.TicketStatus;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.ProducerTemplate;

/**
 * The tracker the ETA-aware consumer is compared with: at a fixed interval it asks about every pending ticket
 * through the {@code ipernity:upload/checkTickets} producer (which splits them into requests of 50) and drops
 * the finished ones; it knows nothing of ETAs.
 */
final class NaivePoller implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    NaivePoller(ProducerTemplate template, Set<String> pending, Emissions emissions, Duration interval) {
        timer.scheduleAtFixedRate(() -> {
            List<String> asked = List.copyOf(pending);
            if (asked.isEmpty() || failure.get() != null) {
                return;
            }
            try {
                TicketReport report = template.requestBodyAndHeader("ipernity:upload/checkTickets", null,
                        "CamelIpernity.tickets", asked, TicketReport.class);
                for (TicketStatus status : report.tickets()) {
                    if (!status.pending() && pending.remove(status.id())) {
                        emissions.emitted(status.id());
                    }
                }
            } catch (Exception e) {
                failure.set(e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Fails with the first error a poll met, if any. */
    void requireNoFailure() throws Exception {
        Exception e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
