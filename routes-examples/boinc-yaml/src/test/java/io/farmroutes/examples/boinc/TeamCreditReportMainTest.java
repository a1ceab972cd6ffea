package io.farmroutes.examples.boinc;

import io.farmroutes.sandbox.boinc.BoincEmulatorExtension;
import io.farmroutes.sandbox.boinc.BoincState;
import io.farmroutes.sandbox.boinc.Team;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example's main logic: Camel Main with its own emulator, ending by itself after report.repeat reports. */
class TeamCreditReportMainTest {

    /** Not the main's target: its state is the seed every emulator starts with, to compare against. */
    @RegisterExtension
    static BoincEmulatorExtension seed = new BoincEmulatorExtension();

    @Test
    void endsByItselfAfterTheRequestedReports() throws Exception {
        Properties overrides = new Properties();
        overrides.setProperty("report.repeat", "2");
        overrides.setProperty("report.period", "200");
        // only a safety net, so that a broken countdown cannot keep Camel Main running after the test
        overrides.setProperty("camel.main.duration-max-seconds", "50");

        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture); // slf4j-simple logs to System.err, looked up on every line
            exitCode = assertTimeoutPreemptively(Duration.ofSeconds(40),
                    () -> TeamCreditReportMain.run(null, overrides));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String output = captured.toString(StandardCharsets.UTF_8);

        assertEquals(0, exitCode, output);
        assertTrue(output.contains("embedded BOINC emulator at http://127.0.0.1:"), output);
        assertEquals(2, output.split("BOINC team credit", -1).length - 1, "two reports in\n" + output);
        BoincState state = seed.emulator().state();
        for (String name : new String[] {"Render Rangers", "Blender_Heads"}) { // report.teams of application.properties
            Team team = state.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
            String line = TeamCreditReport.line(team.name(), team.id(), team.totalCredit(), team.expavgCredit(),
                    state.members(team.id()).size());
            assertTrue(output.contains(line), () -> line + " in\n" + output);
        }
    }

    @Test
    void printsTheProjectUrlWithoutUserInfoOrQuery() {
        assertEquals("https://boinc.example.org:8443/project/",
                TeamCreditReportMain.hostAndPath("https://me:pw@boinc.example.org:8443/project/?key=abc#x"));
    }
}
