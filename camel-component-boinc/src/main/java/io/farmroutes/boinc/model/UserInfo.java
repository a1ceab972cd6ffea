package io.farmroutes.boinc.model;

import java.util.List;
import java.util.Map;

/** A user's credit and, when asked with the account key, venue and hosts (show_user). */
public record UserInfo(long id, String cpid, double createTime, String name, double totalCredit, double expavgCredit,
                       double expavgTime, long teamId, boolean hasProfile, String venue, List<HostInfo> hosts,
                       String country, String url, Map<String, String> extra) {
}
