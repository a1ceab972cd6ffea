package io.farmroutes.boinc;

import io.farmroutes.boinc.service.BoincCatalog;
import io.farmroutes.sandbox.boinc.BoincEmulatorExtension;
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
 * Every boinc: endpoint of the catalog, called with each required parameter missing, each parameter badly
 * typed and misspelt option names, is refused before the emulator sees a request, naming endpoint and parameter.
 * The component knows only the project URL, so credential parameters (email, accountKey) can be missing too.
 */
class BoincBadParameterTest extends CamelTestSupport {

    private static final int BOINC_ENDPOINTS = 15;

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BoincComponent component = new BoincComponent();
        component.getConfiguration().setProjectUrl(boinc.emulator().masterUrl());
        context.addComponent("boinc", component);
        return context;
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointRefusesMissingMistypedAndUnknownParameters() {
        OperationCatalog catalog = BoincCatalog.create();
        assertEquals(BOINC_ENDPOINTS, catalog.operations().size());
        OperationsTable.count("boinc", "-").ifPresent(rows -> assertEquals(rows, catalog.operations().size()));

        return BadCallSuite.of("boinc", catalog.operations(),
                op -> new EndpointUnderTest("boinc:" + op.endpoint(), catalog.label(op.endpoint()), op, Set.of(),
                        "CamelBoinc."),
                template, () -> boinc.emulator().ledger().count(), List.of());
    }
}
