package io.farmroutes.examples.boinc;

import io.farmroutes.boinc.BoincComponent;
import io.farmroutes.sandbox.boinc.Account;
import io.farmroutes.sandbox.boinc.BoincEmulatorExtension;
import io.farmroutes.sandbox.boinc.BoincState;
import io.farmroutes.sandbox.boinc.Team;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * routes/team-credit.camel.yaml against the BOINC emulator, one report per request: the timer is swapped
 * for a direct endpoint so that each test asks for exactly one report and waits for nothing.
 */
class TeamCreditRouteTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    @Test
    void reportsEveryTeamWithItsCreditAndMembers() throws Exception {
        BoincState state = boinc.emulator().state();
        List<Team> teams = state.teams();
        String names = teams.stream().map(Team::name).collect(Collectors.joining(","));

        String report = report(names, true);

        for (Team team : teams) {
            List<Account> members = state.members(team.id());
            assertTrue(report.contains(teamLine(team, members.size()) + "\n"), () -> team.name() + " in\n" + report);
            for (Account member : members) {
                assertTrue(report.contains("- " + member.name() + ": " + TeamCreditReport.amount(member.totalCredit())),
                        () -> member.name() + " in\n" + report);
            }
        }
        double total = teams.stream().mapToDouble(Team::totalCredit).sum();
        assertTrue(report.contains(teams.size() + " team(s), " + TeamCreditReport.amount(total) + " total credit"),
                report);
    }

    @Test
    void aTeamFoundByTwoNamesIsReportedOnce() throws Exception {
        BoincState state = boinc.emulator().state();
        // "render" also finds "Render Rangers", which "rangers" finds too
        List<Team> expected = state.teams().stream()
                .filter(t -> t.name().toLowerCase(Locale.ROOT).contains("render")
                        || t.name().toLowerCase(Locale.ROOT).contains("rangers"))
                .toList();
        assertTrue(expected.size() >= 2, "the seed has several teams with 'render' in their names");

        String report = report(" render , Rangers", false);

        for (Team team : expected) {
            String line = teamLine(team, state.members(team.id()).size());
            assertEquals(report.indexOf(line), report.lastIndexOf(line), () -> team.name() + " once in\n" + report);
            assertTrue(report.contains(line), () -> team.name() + " in\n" + report);
        }
        assertTrue(report.contains(expected.size() + " team(s)"), report);
        assertFalse(report.contains("    - "), "no member lines with report.list-members=false:\n" + report);
    }

    @Test
    void aNameNoTeamHasGivesAnEmptyReport() throws Exception {
        String report = report("no such team anywhere", true);

        assertTrue(report.contains("no team matches"), report);
    }

    private static String teamLine(Team team, int memberCount) {
        return TeamCreditReport.line(team.name(), team.id(), team.totalCredit(), team.expavgCredit(), memberCount);
    }

    /** Loads the YAML route as Camel Main would, with the timer replaced by direct:team-credit. */
    private static String report(String teams, boolean listMembers) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Properties properties = new Properties();
            properties.setProperty("report.teams", teams);
            properties.setProperty("report.list-members", String.valueOf(listMembers));
            context.getPropertiesComponent().setInitialProperties(properties);
            context.getComponent("boinc", BoincComponent.class).getConfiguration()
                    .setProjectUrl(boinc.emulator().masterUrl());
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(context, "classpath:routes/team-credit.camel.yaml"));
            AdviceWith.adviceWith(context, TeamCreditReportMain.ROUTE_ID,
                    route -> route.replaceFromWith("direct:team-credit"));
            context.start();
            return context.createProducerTemplate().requestBody("direct:team-credit", null, String.class);
        }
    }
}
