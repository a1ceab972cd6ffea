package io.farmroutes.renderfarm;

import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxEmulatorExtension;

import java.util.List;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A CamelContext whose renderfarm: component points at an embedded Fox emulator on 127.0.0.1. */
public abstract class FoxTestSupport extends RenderfarmTestSupport {

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension();

    protected FoxEmulator emulator() {
        return fox.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RenderfarmComponent component = new RenderfarmComponent();
        configure(component.getConfiguration(), fox.emulator());
        context.addComponent("renderfarm", component);
        return context;
    }

    /** Points a configuration at the emulator: its domain over http, its account and platform. */
    public static void configure(RenderfarmConfiguration configuration, FoxEmulator emulator) {
        configuration.setDomain(emulator.domain());
        configuration.setProtocol("http");
        configuration.setAccessId(emulator.accessId());
        configuration.setAccessKey(emulator.accessKey());
        configuration.setPlatform(emulator.platform());
        configuration.setZone(2);
        configuration.setRetryDelay(20);
    }

    /** Requests the emulator received at this path. */
    protected List<RecordedRequest> requests(String path) {
        return emulator().ledger().requests().stream().filter(r -> r.path().equals(path)).toList();
    }
}
