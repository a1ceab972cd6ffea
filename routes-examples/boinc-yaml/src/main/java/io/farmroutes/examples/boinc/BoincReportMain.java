package io.farmroutes.examples.boinc;

import io.farmroutes.boinc.BoincComponent;
import io.farmroutes.sandbox.boinc.BoincEmulator;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs the BOINC report against a real project when {@code BOINC_PROJECT_URL}, {@code BOINC_EMAIL} and
 * {@code BOINC_PASSWORD} are set, else against the embedded BOINC emulator with its sample accounts.
 */
public final class BoincReportMain {

    private BoincReportMain() {
    }

    public static void main(String[] args) throws Exception {
        String projectUrl = System.getenv("BOINC_PROJECT_URL");
        BoincEmulator emulator = null;
        String email = System.getenv().getOrDefault("BOINC_EMAIL", "alice@example.org");
        String password = System.getenv().getOrDefault("BOINC_PASSWORD", "alice-secret-1");
        if (projectUrl == null || projectUrl.isBlank()) {
            emulator = BoincEmulator.start();
            projectUrl = emulator.masterUrl();
            System.out.println("Farm Routes BOINC example — embedded BOINC emulator at " + projectUrl);
        } else {
            System.out.println("Farm Routes BOINC example — project " + projectUrl);
        }
        try (CamelContext context = new DefaultCamelContext()) {
            BoincComponent boinc = new BoincComponent();
            boinc.getConfiguration().setProjectUrl(projectUrl);
            boinc.getConfiguration().setEmail(email);
            boinc.getConfiguration().setPassword(password);
            context.addComponent("boinc", boinc);
            context.addRoutes(new BoincReportRoutes());
            context.start();
            BoincReport report = context.createProducerTemplate().requestBody("direct:boinc-report", null,
                    BoincReport.class);
            System.out.print(report.render());
            if (emulator != null) {
                System.out.println("Requests served by the emulator: " + emulator.ledger().count());
            }
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }
}
