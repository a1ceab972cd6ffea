package io.farmroutes.examples.boinc;

import io.farmroutes.boinc.model.Team;
import io.farmroutes.boinc.model.TeamMember;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Java half of routes/team-credit.camel.yaml: merges lookup answers and prints the report. */
public class TeamCreditReport {

    private boolean listMembers = true;

    /** Whether each member and their credit are printed under the team line. */
    public void setListMembers(boolean listMembers) {
        this.listMembers = listMembers;
    }

    /**
     * The teams of all lookups, each once, in the order found: a lookup answers every team whose name
     * contains the text, so two names may find the same team.
     */
    public List<Team> distinct(List<?> lookups) {
        Map<Long, Team> byId = new LinkedHashMap<>();
        for (Object answer : lookups) {
            for (Object found : (Collection<?>) answer) {
                Team team = (Team) found;
                byId.putIfAbsent(team.id(), team);
            }
        }
        return new ArrayList<>(byId.values());
    }

    public TeamCredit entry(Team team, List<TeamMember> members) {
        return new TeamCredit(team, members);
    }

    public String render(List<TeamCredit> teams) {
        StringBuilder out = new StringBuilder("BOINC team credit\n");
        if (teams.isEmpty()) {
            return out.append("  no team matches report.teams\n").toString();
        }
        double total = 0;
        for (TeamCredit entry : teams) {
            Team team = entry.team();
            total += team.totalCredit();
            out.append(line(team.name(), team.id(), team.totalCredit(), team.expavgCredit(), entry.members().size()))
                    .append('\n');
            if (listMembers) {
                for (TeamMember member : entry.members()) {
                    out.append(String.format(Locale.ROOT, "    - %s: %s%n", member.name(),
                            amount(member.totalCredit())));
                }
            }
        }
        return out.append(String.format(Locale.ROOT, "  %d team(s), %s total credit%n", teams.size(), amount(total)))
                .toString();
    }

    /** The report's line for one team (without the line break). */
    public static String line(String name, long id, double totalCredit, double expavgCredit, int memberCount) {
        return String.format(Locale.ROOT, "  %s (id %d): total credit %s, expected average credit %s, %d member(s)",
                name, id, amount(totalCredit), amount(expavgCredit), memberCount);
    }

    /** Credit as the report prints it: two decimals, grouped thousands, the same on every locale. */
    public static String amount(double credit) {
        return String.format(Locale.ROOT, "%,.2f", credit);
    }
}
