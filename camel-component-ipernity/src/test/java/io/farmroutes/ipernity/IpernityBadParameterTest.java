package io.farmroutes.ipernity;

import io.farmroutes.ipernity.service.IpernityCatalog;
import io.farmroutes.sandbox.ipernity.IpernityEmulatorExtension;
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
 * Every ipernity: endpoint of the catalog, called with each required parameter missing, each parameter badly
 * typed and misspelt option names, is refused before the emulator sees a request, naming endpoint and parameter.
 * The component has the base URL and the API secret but no API key, so the apiKey parameter can be missing too;
 * call/{method} is reached as call/test.echo, whose method comes from the path.
 */
class IpernityBadParameterTest extends CamelTestSupport {

    private static final int IPERNITY_ENDPOINTS = 7;
    private static final String SOME_METHOD = "test.echo";

    @RegisterExtension
    static IpernityEmulatorExtension ipernity = new IpernityEmulatorExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        IpernityComponent component = new IpernityComponent();
        component.getConfiguration().setBaseUrl(ipernity.emulator().baseUrl());
        component.getConfiguration().setApiSecret(ipernity.emulator().apiSecret());
        context.addComponent("ipernity", component);
        return context;
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointRefusesMissingMistypedAndUnknownParameters() {
        OperationCatalog catalog = IpernityCatalog.publicCatalog();
        assertEquals(IPERNITY_ENDPOINTS, catalog.operations().size());
        OperationsTable.count("ipernity", "-").ifPresent(rows -> assertEquals(rows, catalog.operations().size()));

        return BadCallSuite.of("ipernity", catalog.operations(), op -> {
            boolean methodCall = op.endpoint().equals(IpernityCatalog.CALL_ENDPOINT);
            String endpoint = methodCall ? IpernityCatalog.CALL_API + "/" + SOME_METHOD : op.endpoint();
            return new EndpointUnderTest("ipernity:" + endpoint, "ipernity:" + endpoint, op,
                    methodCall ? Set.of(IpernityCatalog.METHOD_PARAM) : Set.of(), "CamelIpernity.");
        }, template, () -> ipernity.emulator().ledger().count(), List.of(ipernity.emulator().apiSecret()));
    }
}
