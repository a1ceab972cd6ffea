package io.farmroutes.examples.boinc;

import io.farmroutes.boinc.BoincComponent;
import io.farmroutes.sandbox.boinc.BoincEmulatorExtension;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoincReportRoutesTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    @Test
    void theReportGathersAccountTeamAndAppsFromTheEmulator() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            BoincComponent component = new BoincComponent();
            component.getConfiguration().setProjectUrl(boinc.emulator().masterUrl());
            component.getConfiguration().setEmail("alice@example.org");
            component.getConfiguration().setPassword("alice-secret-1");
            context.addComponent("boinc", component);
            context.addRoutes(new BoincReportRoutes());
            context.start();
            BoincReport report = context.createProducerTemplate().requestBody("direct:boinc-report", null,
                    BoincReport.class);
            assertEquals("Alice", report.account().name());
            assertEquals("Render Rangers", report.team().name());
            assertTrue(report.members().size() >= 2);
            assertFalse(report.apps().isEmpty());
            assertTrue(report.render().contains("Render Rangers"));
        }
    }
}
