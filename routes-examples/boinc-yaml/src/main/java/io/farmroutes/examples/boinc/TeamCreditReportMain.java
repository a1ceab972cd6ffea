package io.farmroutes.examples.boinc;

import io.farmroutes.sandbox.boinc.BoincEmulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Properties;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs routes/team-credit.camel.yaml with Camel Main: against the project of {@code BOINC_PROJECT_URL}
 * when it is set, else against the embedded BOINC emulator for a short demo that ends by itself.
 */
public final class TeamCreditReportMain {

    /** The route id of routes/team-credit.camel.yaml. */
    static final String ROUTE_ID = "team-credit-report";

    private TeamCreditReportMain() {
    }

    public static void main(String[] args) throws Exception {
        int exitCode = run(System.getenv("BOINC_PROJECT_URL"), new Properties());
        // Only a failure exits explicitly: under mvn exec:java, System.exit would end Maven too.
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs Camel Main until it stops (report.repeat reports, or a signal) and returns its exit code.
     *
     * @param projectUrl the real project, or null/blank for the embedded emulator
     * @param overrides  properties that win over application.properties
     */
    static int run(String projectUrl, Properties overrides) throws Exception {
        Properties properties = new Properties();
        BoincEmulator emulator = null;
        if (projectUrl == null || projectUrl.isBlank()) {
            emulator = BoincEmulator.start();
            System.out.println("Team-credit report against the embedded BOINC emulator at " + emulator.masterUrl());
            properties.setProperty("camel.component.boinc.project-url", emulator.masterUrl());
            // The demo: two reports two seconds apart, then Camel Main stops.
            properties.setProperty("report.period", System.getProperty("report.period", "2000"));
            properties.setProperty("report.repeat", System.getProperty("report.repeat", "2"));
        } else {
            // application.properties reads BOINC_PROJECT_URL itself; only its host and path are printed.
            System.out.println("Team-credit report against " + hostAndPath(projectUrl));
        }
        properties.putAll(overrides);
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.addMainListener(new StopAfterRepeat(main));
        try {
            main.run();
            return main.getExitCode();
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** The URL without user info, query or fragment, which may hold credentials. */
    static String hostAndPath(String url) {
        try {
            URI uri = new URI(url.trim());
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return "(a project URL that is not a valid URI)";
        }
    }

    /** With report.repeat = N > 0, completes Camel Main once the timer's N reports are done. */
    private static final class StopAfterRepeat extends MainListenerSupport {

        private final Main main;

        StopAfterRepeat(Main main) {
            this.main = main;
        }

        @Override
        public void afterConfigure(BaseMainSupport configured) {
            int repeat = Integer.parseInt(main.getCamelContext().resolvePropertyPlaceholders("{{report.repeat:0}}"));
            if (repeat > 0) {
                main.getCamelContext().getManagementStrategy()
                        .addEventNotifier(new ReportCountdown(ROUTE_ID, repeat, main::completed));
            }
        }
    }
}
