package io.farmroutes.examples.boinc;

import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.boinc.model.Application;
import io.farmroutes.boinc.model.Team;
import io.farmroutes.boinc.model.TeamMember;
import io.farmroutes.boinc.model.UserInfo;

import java.util.List;
import java.util.Locale;

/** What the report route gathered, and how it prints. */
public record BoincReport(AccountInfo account, UserInfo user, Team team, List<TeamMember> members,
                          List<Application> apps) {

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Account  %s (id %d, %s)%n", account.name(), account.id(),
                account.country()));
        out.append(String.format(Locale.ROOT, "Credit   %.2f total, %.2f recent average, %d host(s)%n",
                user.totalCredit(), user.expavgCredit(), user.hosts().size()));
        out.append(String.format(Locale.ROOT, "Team     %s (id %d), %d member(s)%n", team.name(), team.id(),
                members.size()));
        for (TeamMember m : members) {
            out.append(String.format(Locale.ROOT, "           - %-24s %12.2f%n", m.name(), m.totalCredit()));
        }
        out.append(String.format(Locale.ROOT, "Apps     %d application(s)%n", apps.size()));
        for (Application app : apps) {
            out.append(String.format(Locale.ROOT, "           - %-24s %d version(s)%s%n", app.userFriendlyName(),
                    app.versions().size(), app.beta() ? " (beta)" : ""));
        }
        return out.toString();
    }
}
