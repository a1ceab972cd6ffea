package io.farmroutes.sandbox.boinc;

import java.util.stream.Collectors;

/** team_email_list.php (§8.11): members without email addresses; creditonly trims and filters. */
final class TeamEmailList implements BoincScript {

    @Override
    public void run(BoincCall call) {
        if (call.settings().teamsDisabled()) {
            // Sent before xml_header(): no declaration, PHP's default text/html.
            throw call.xmlError(-1, "Teams are disabled");
        }
        PhpInput in = call.get();
        Long xml = in.optInt("xml");
        if (xml == null || xml == 0) {
            page(call, in);
            return;
        }
        call.xmlHeader();
        call.dbInitXml();
        long teamId = in.reqInt("teamid");
        Team team = call.state().team(teamId).orElseThrow(() -> call.xmlError(-136));
        Long creditOnly = in.optInt("creditonly");
        boolean creditOnlyOn = creditOnly != null && creditOnly != 0;
        StringBuilder b = new StringBuilder("<users>\n");
        for (Account u : call.state().members(team.id())) {
            if (creditOnlyOn && u.totalCredit() == 0) {
                continue;
            }
            b.append(memberXml(call, u, creditOnlyOn));
        }
        call.echo(b.append("</users>\n").toString());
    }

    private static String memberXml(BoincCall call, Account u, boolean creditOnly) {
        StringBuilder b = new StringBuilder();
        b.append("<user>\n    <id>").append(u.id()).append("</id>\n");
        b.append("    <cpid>").append(u.cpid()).append("</cpid>\n");
        b.append("    <total_credit>").append(Php.number(u.totalCredit())).append("</total_credit>");
        if (!creditOnly) {
            b.append("\n    <create_time>").append(u.createTime()).append("</create_time>");
            b.append("\n    <name>").append(Php.htmlspecialchars(u.name())).append("</name>");
            b.append("\n    <expavg_credit>").append(Php.number(u.expavgCredit())).append("</expavg_credit>");
            b.append("\n    <expavg_time>").append(Php.number(u.expavgTime())).append("</expavg_time>");
            b.append("\n    <has_profile>").append(u.hasProfile() ? 1 : 0).append("</has_profile>");
            if (!u.country().isEmpty()) {
                b.append("\n    <country>").append(call.raw(u.country())).append("</country>");
            }
            if (!u.url().isEmpty()) {
                b.append("\n    <url>").append(Php.htmlspecialchars(u.url())).append("</url>");
            }
        }
        return b.append("\n</user>\n").toString();
    }

    /** The founder-only HTML member list; it needs a login in every release. */
    private static void page(BoincCall call, PhpInput in) {
        Account viewer = call.requireLoggedInUser();
        call.dbInitPage();
        long teamId = in.reqInt("teamid");
        Team team = call.state().team(teamId).orElseThrow(() -> call.errorPage("no such team"));
        if (team.userId() != viewer.id()) {
            throw call.errorPage("This feature is available only to the team founder.");
        }
        String rows = call.state().members(team.id()).stream()
                .map(u -> "<tr><td>" + Php.htmlspecialchars(u.name()) + "</td><td>"
                        + Php.htmlspecialchars(u.email()) + "</td></tr>")
                .collect(Collectors.joining("\n"));
        throw call.htmlPage(BoincPages.page(call.state().projectName(), team.name() + " Email List",
                "<table>\n<tr><th>Name</th><th>Email address</th></tr>\n" + rows + "\n</table>"));
    }
}
