package io.farmroutes.sandbox.boinc;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** team_lookup.php (§8.9, §8.10): by name substring, by team_id or by team_ids. */
final class TeamLookup implements BoincScript {

    private static final int LIMIT = 100;

    @Override
    public void run(BoincCall call) {
        call.checkGetArgs("format", "team_id", "team_ids", "team_name");
        PhpInput in = call.get();
        String format = in.optStr("format");
        Long teamId = in.optInt("team_id");
        String teamIds = in.optStr("team_ids");
        if (call.settings().teamsDisabled()) {
            throw call.errorPage("Teams are disabled");
        }
        boolean xml = "xml".equals(format);
        if (!xml) {
            call.requireLoginIfEnforced();
        }
        boolean byId = teamId != null && teamId != 0;
        if (byId || Php.truthy(teamIds) || xml) {
            call.xmlHeader();
            call.dbInitXml();
        }
        if (byId) {
            Team team = call.state().team(teamId).orElseThrow(() -> call.xmlError(-136));
            call.echo(teamXml(call, team));
            return;
        }
        if (Php.truthy(teamIds)) {
            StringBuilder b = new StringBuilder("<teams>\n");
            int total = 0;
            for (String id : teamIds.split(",")) {
                if (total == LIMIT) {
                    break;
                }
                if (Php.isNumeric(id)) {
                    var team = call.state().team(Php.toInt(id));
                    if (team.isPresent()) {
                        b.append(teamXml(call, team.get()));
                        total++;
                    }
                }
            }
            call.echo(b.append("</teams>\n").toString());
            return;
        }
        String name = in.str("team_name");
        List<Team> found = search(call.state(), name);
        if (xml) {
            StringBuilder b = new StringBuilder("<teams>\n");
            found.forEach(t -> b.append(teamXml(call, t)));
            call.echo(b.append("</teams>\n").toString());
            return;
        }
        call.dbInitPage();
        String items = found.stream()
                .map(t -> "<li><a href=team_display.php?teamid=" + t.id() + ">" + Php.htmlspecialchars(t.name())
                        + "</a></li>")
                .collect(Collectors.joining("\n"));
        throw call.htmlPage(BoincPages.page(call.state().projectName(), "Search Results",
                "<ul>\n" + items + "\n</ul>\nEnd of results<br>"));
    }

    /** Case-insensitive substring, % and _ taken literally, best recent credit first, at most 100. */
    private static List<Team> search(BoincState state, String name) {
        String needle = name.toLowerCase(Locale.ROOT);
        return state.teams().stream()
                .filter(t -> t.name().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparingDouble(Team::expavgCredit).reversed().thenComparingLong(Team::id))
                .limit(LIMIT)
                .toList();
    }

    private static String teamXml(BoincCall call, Team t) {
        return "<team>\n"
                + "    <id>" + t.id() + "</id>\n"
                + "    <create_time>" + t.createTime() + "</create_time>\n"
                + "    <userid>" + t.userId() + "</userid>\n"
                + "    <name>" + Php.htmlspecialchars(t.name()) + "</name>\n"
                + "    <url>" + Php.htmlspecialchars(t.url()) + "</url>\n"
                + "    <type>" + t.type() + "</type>\n"
                + "    <country>" + call.raw(t.country()) + "</country>\n"
                + "    <total_credit>" + Php.number(t.totalCredit()) + "</total_credit>\n"
                + "    <expavg_credit>" + Php.number(t.expavgCredit()) + "</expavg_credit>\n"
                + "    <expavg_time>" + Php.number(t.expavgTime()) + "</expavg_time>\n"
                + "</team>\n";
    }
}
