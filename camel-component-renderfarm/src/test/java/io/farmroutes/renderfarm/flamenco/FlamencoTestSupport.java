package io.farmroutes.renderfarm.flamenco;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmTestSupport;
import io.farmroutes.sandbox.MovableClock;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.flamenco.FlamencoEmulator;
import io.farmroutes.sandbox.flamenco.FlamencoEmulatorExtension;

import java.time.Instant;
import java.util.List;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A CamelContext whose renderfarm: component uses the Flamenco provider against an embedded emulator, with the
 * emulator's clock in the test's hand so that rendering moves only when a test says so.
 */
public abstract class FlamencoTestSupport extends RenderfarmTestSupport {

    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();

    protected MovableClock clock;

    protected FlamencoEmulator emulator() {
        return flamenco.emulator();
    }

    @BeforeEach
    void takeTheClock() {
        clock = new MovableClock(Instant.parse("2026-01-05T10:00:00Z"));
        emulator().state().clock(clock);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RenderfarmComponent component = new RenderfarmComponent();
        component.getConfiguration().setProvider("flamenco");
        component.getConfiguration().setBaseUrl(flamenco.emulator().url());
        component.getConfiguration().setRetryDelay(20);
        context.addComponent("renderfarm", component);
        return context;
    }

    /** Requests the emulator received with this method and path. */
    protected List<RecordedRequest> requests(String method, String path) {
        return emulator().ledger().requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }
}
