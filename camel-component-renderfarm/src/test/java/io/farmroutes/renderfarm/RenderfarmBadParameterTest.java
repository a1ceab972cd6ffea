package io.farmroutes.renderfarm;

import io.farmroutes.renderfarm.flamenco.FlamencoCatalog;
import io.farmroutes.renderfarm.fox.FoxCatalog;
import io.farmroutes.renderfarm.renderfarmfi.RenderfarmFiCatalog;
import io.farmroutes.sandbox.Emulator;
import io.farmroutes.sandbox.flamenco.FlamencoEmulatorExtension;
import io.farmroutes.sandbox.fox.FoxEmulatorExtension;
import io.farmroutes.sandbox.renderfarmfi.RenderfarmFiEmulatorExtension;
import io.farmroutes.spi.operation.OperationCatalog;
import io.farmroutes.spi.testing.BadCallSuite;
import io.farmroutes.spi.testing.EndpointUnderTest;
import io.farmroutes.spi.testing.OperationsTable;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every renderfarm: endpoint of the three providers' catalogs, called with each required parameter missing,
 * each parameter badly typed and misspelt option names, is refused before that provider's emulator sees a
 * request, naming endpoint (with its provider) and parameter. Each provider has its own component instance
 * pointing at its own emulator; the Fox one is not given platform or zone, so those can be missing too.
 */
class RenderfarmBadParameterTest extends CamelTestSupport {

    @RegisterExtension
    static FoxEmulatorExtension fox = new FoxEmulatorExtension();
    @RegisterExtension
    static FlamencoEmulatorExtension flamenco = new FlamencoEmulatorExtension();
    @RegisterExtension
    static RenderfarmFiEmulatorExtension renderfarmFi = new RenderfarmFiEmulatorExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        RenderfarmComponent foxFarm = new RenderfarmComponent();
        foxFarm.getConfiguration().setDomain(fox.emulator().domain());
        foxFarm.getConfiguration().setProtocol("http");
        foxFarm.getConfiguration().setAccessId(fox.emulator().accessId());
        foxFarm.getConfiguration().setAccessKey(fox.emulator().accessKey());
        context.addComponent("renderfarm", foxFarm);

        RenderfarmComponent flamencoFarm = new RenderfarmComponent();
        flamencoFarm.getConfiguration().setProvider(FlamencoCatalog.PROVIDER);
        flamencoFarm.getConfiguration().setBaseUrl(flamenco.emulator().url());
        context.addComponent("renderfarm-flamenco", flamencoFarm);

        RenderfarmComponent fiFarm = new RenderfarmComponent();
        fiFarm.getConfiguration().setProvider(RenderfarmFiCatalog.PROVIDER);
        fiFarm.getConfiguration().setBaseUrl(renderfarmFi.emulator().url());
        fiFarm.getConfiguration().setConsumerKey(renderfarmFi.emulator().consumerKey());
        fiFarm.getConfiguration().setConsumerSecret(renderfarmFi.emulator().consumerSecret());
        fiFarm.getConfiguration().setAccessToken(renderfarmFi.emulator().accessToken());
        fiFarm.getConfiguration().setAccessTokenSecret(renderfarmFi.emulator().accessTokenSecret());
        context.addComponent("renderfarm-fi", fiFarm);
        return context;
    }

    @TestFactory
    Stream<DynamicNode> foxEndpointsRefuseMissingMistypedAndUnknownParameters() {
        return provider(FoxCatalog.catalog(), 50, "renderfarm", fox.emulator(), List.of(fox.emulator().accessKey()));
    }

    @TestFactory
    Stream<DynamicNode> flamencoEndpointsRefuseMissingMistypedAndUnknownParameters() {
        return provider(FlamencoCatalog.catalog(), 21, "renderfarm-flamenco", flamenco.emulator(), List.of());
    }

    @TestFactory
    Stream<DynamicNode> renderfarmFiEndpointsRefuseMissingMistypedAndUnknownParameters() {
        return provider(RenderfarmFiCatalog.catalog(), 6, "renderfarm-fi", renderfarmFi.emulator(),
                List.of(renderfarmFi.emulator().consumerSecret(), renderfarmFi.emulator().accessToken(),
                        renderfarmFi.emulator().accessTokenSecret()));
    }

    private Stream<DynamicNode> provider(OperationCatalog catalog, int endpoints, String componentName,
                                         Emulator emulator, List<String> secrets) {
        assertEquals(endpoints, catalog.operations().size());
        OperationsTable.count("renderfarm", catalog.provider())
                .ifPresent(rows -> assertEquals(rows, catalog.operations().size()));

        return BadCallSuite.of("renderfarm provider " + catalog.provider(), catalog.operations(),
                op -> new EndpointUnderTest(componentName + ":" + op.endpoint(), catalog.label(op.endpoint()), op,
                        Set.of(), "CamelRenderfarm."),
                template, () -> emulator.ledger().count(), secrets);
    }
}
