package io.farmroutes.benchmarks.watch;

import io.farmroutes.benchmarks.Resources;
import io.farmroutes.benchmarks.SandboxComponents;
import io.farmroutes.renderfarm.watch.WatchTaskSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The watching application under test: one route from {@code renderfarm:task/watch} (Fox, the given tasks through
 * {@code watchTaskSource}, on a fixed-rate schedule) that only counts what it is sent, run for a number of polls.
 */
public final class WatchRun {

    /** What a run saw: every poll in order, the changes the route counted, and the live heap right after. */
    public record Outcome(List<WatchCycles.Cycle> cycles, long routed, double liveHeapMb, boolean complete) {
    }

    private WatchRun() {
    }

    /**
     * Watches the tasks on the Fox farm at {@code domain} (the sandbox account) until {@code polls} polls have
     * ended or {@code limitMs} has passed.
     */
    public static Outcome run(String domain, List<String> taskIds, long periodMs, int polls, long limitMs)
            throws Exception {
        WatchCycles cycles = new WatchCycles();
        AtomicLong routed = new AtomicLong();
        WatchTaskSource inFlight = () -> taskIds;
        try (CamelContext context = new DefaultCamelContext()) {
            context.addComponent("renderfarm", SandboxComponents.fox(domain));
            context.getRegistry().bind("tasks", inFlight);
            context.getRegistry().bind("cycles", cycles);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("renderfarm:task/watch?watchTaskSource=#tasks&watchProgress=true&watchId=benchmark"
                         + "&pollStrategy=#cycles&useFixedDelay=false&initialDelay=200&delay=" + periodMs)
                            .routeId("watch")
                            .process(exchange -> routed.incrementAndGet());
                }
            });
            context.start();
            boolean complete = cycles.await(polls, System.currentTimeMillis() + limitMs);
            // read while the watcher's memory is still held, before the next poll begins
            double liveHeapMb = Resources.liveHeapMb();
            context.getRouteController().stopRoute("watch");
            return new Outcome(cycles.cycles(), routed.get(), liveHeapMb, complete);
        }
    }
}
