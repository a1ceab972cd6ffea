package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.UrlCodec;

/** am_get_info.php (§8.4): whitelists account_key, URL-encodes name, country, url and postal code. */
final class AmGetInfo implements BoincScript {

    @Override
    public void run(BoincCall call) {
        call.xmlHeader();
        call.checkGetArgs("account_key");
        call.dbInitPage();
        String key = call.get().str("account_key");
        Account u = call.state().accountByKey(key).orElseThrow(() -> call.xmlError(-136));

        StringBuilder b = new StringBuilder();
        b.append("<am_get_info_reply>\n    <success/>\n    ");
        b.append("<id>").append(u.id()).append("</id>\n");
        b.append("<name>").append(UrlCodec.encode(u.name())).append("</name>\n");
        b.append("<country>").append(UrlCodec.encode(u.country())).append("</country>\n");
        b.append("<weak_auth>").append(u.weakAuth()).append("</weak_auth>\n");
        b.append("<cpid>").append(u.cpid()).append("</cpid>\n");
        b.append("<has_profile>").append(u.hasProfile() ? 1 : 0).append("</has_profile>\n");
        b.append("<create_time>").append(u.createTime()).append("</create_time>\n");
        b.append("<global_prefs>\n").append(u.globalPrefs()).append("\n</global_prefs>\n");
        b.append("<project_prefs>\n").append(u.projectPrefs()).append("\n</project_prefs>\n");
        b.append("<url>").append(UrlCodec.encode(u.url())).append("</url>\n");
        b.append("<send_email>").append(u.sendEmail() ? 1 : 0).append("</send_email>\n");
        b.append("<show_hosts>").append(u.showHosts() ? 1 : 0).append("</show_hosts>\n");
        b.append("<teamid>").append(u.teamId()).append("</teamid>\n");
        // The real script glues the optional elements onto the venue line.
        b.append("<venue>").append(call.raw(u.venue())).append("</venue>");
        if (call.settings().usesPostalCodes()) {
            b.append("\n<postal_code>").append(UrlCodec.encode(u.postalCode())).append("</postal_code>");
        }
        if (u.teamId() != 0 && call.state().team(u.teamId()).map(t -> t.userId() == u.id()).orElse(false)) {
            b.append("<teamfounder/>\n");
        }
        b.append("\n</am_get_info_reply>\n");
        call.echo(b.toString());
    }
}
