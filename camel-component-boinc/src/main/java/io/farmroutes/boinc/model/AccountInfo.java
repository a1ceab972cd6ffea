package io.farmroutes.boinc.model;

import java.util.Map;

/**
 * Account information of am_get_info, with name, country, URL and postal code decoded, and the preference
 * documents as the exact XML text the server sent (blank when unset).
 */
public record AccountInfo(long id, String name, String country, String weakAuth, String cpid, boolean hasProfile,
                          double createTime, String globalPrefsXml, String projectPrefsXml, String url,
                          boolean sendEmail, boolean showHosts, long teamId, String venue, String postalCode,
                          boolean teamFounder, Map<String, String> extra) {

    @Override
    public String toString() {
        // weak_auth is a login token for the account: keep it out of logs
        return "AccountInfo[id=" + id + ", name=" + name + ", country=" + country + ", teamId=" + teamId + "]";
    }
}
