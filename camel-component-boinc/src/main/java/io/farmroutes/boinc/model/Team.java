package io.farmroutes.boinc.model;

/** A team as team_lookup reports it. */
public record Team(long id, double createTime, long founderId, String name, String url, int type, String country,
                   double totalCredit, double expavgCredit, double expavgTime) {
}
