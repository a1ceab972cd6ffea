package io.farmroutes.boinc.model;

/** A member of a team (team_email_list); with creditOnly only id, cpid and total credit are filled. */
public record TeamMember(long id, String cpid, double totalCredit, Double createTime, String name, Double expavgCredit,
                         Double expavgTime, Boolean hasProfile, String country, String url) {
}
