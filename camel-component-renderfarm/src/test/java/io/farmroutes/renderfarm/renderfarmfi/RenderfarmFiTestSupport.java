package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.renderfarm.RenderfarmTestSupport;
import io.farmroutes.sandbox.RecordedRequest;
import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiEmulator;
import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiEmulatorExtension;

import java.util.List;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A CamelContext whose renderfarm: component uses the Renderfarm.fi provider against an embedded emulator. */
public abstract class RenderfarmFiTestSupport extends RenderfarmTestSupport {

    @RegisterExtension
    static RenderfarmFiEmulatorExtension rfi = new RenderfarmFiEmulatorExtension();

    protected RenderfarmFiEmulator emulator() {
        return rfi.emulator();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RenderfarmComponent component = new RenderfarmComponent();
        configure(component.getConfiguration(), rfi.emulator());
        context.addComponent("renderfarm", component);
        return context;
    }

    /** Provider renderfarmfi at the emulator, with its consumer and the seeded user's access token. */
    public static void configure(RenderfarmConfiguration configuration, RenderfarmFiEmulator emulator) {
        configuration.setProvider("renderfarmfi");
        configuration.setBaseUrl(emulator.url());
        configuration.setConsumerKey(emulator.consumerKey());
        configuration.setConsumerSecret(emulator.consumerSecret());
        configuration.setAccessToken(emulator.accessToken());
        configuration.setAccessTokenSecret(emulator.accessTokenSecret());
        configuration.setRetryDelay(20);
    }

    protected List<RecordedRequest> requests(String path) {
        return emulator().ledger().requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** A header of a recorded request, whatever the case of its name. */
    protected static String header(RecordedRequest request, String name) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
}
