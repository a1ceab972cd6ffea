package io.farmroutes.examples.boinc;

import io.farmroutes.boinc.model.Team;
import io.farmroutes.boinc.model.TeamMember;

import java.util.List;

/** One team of the team-credit report: the team as team/lookup found it and its members. */
public record TeamCredit(Team team, List<TeamMember> members) {

    public TeamCredit {
        members = List.copyOf(members);
    }
}
