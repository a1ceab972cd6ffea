package io.farmroutes.sandbox.boinc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** apps.php (§8.15): applications with the latest version per platform and plan class. */
final class Apps implements BoincScript {

    @Override
    public void run(BoincCall call) {
        if (call.release16()) {
            call.checkGetArgs("xml");
        }
        call.requireLoginIfEnforced();
        PhpInput in = call.get();
        Long xml = in.optInt("xml");
        if (xml == null || xml == 0) {
            page(call);
            return;
        }
        call.xmlHeader();
        call.dbInitXml();
        BoincState state = call.state();
        StringBuilder b = new StringBuilder("<app_versions>\n");
        for (App app : state.apps()) {
            if (app.deprecated()) {
                continue;
            }
            b.append("<application>\n");
            b.append("    <user_friendly_name>").append(call.raw(app.userFriendlyName()))
                    .append("</user_friendly_name>\n");
            b.append("    <name>").append(app.name()).append("</name>\n");
            b.append("    <id>").append(app.id()).append("</id>\n");
            if (app.beta()) {
                b.append("    <beta/>\n");
            }
            for (String platform : platformOrder(state)) {
                for (AppVersion v : latest(state, app, platform)) {
                    b.append("    <version>\n");
                    b.append("        <platform_short>").append(call.raw(v.platformShort())).append("</platform_short>\n");
                    b.append("        <platform_long>").append(call.raw(v.platformLong())).append("</platform_long>\n");
                    b.append("        <version_num>").append(v.versionNum()).append("</version_num>\n");
                    b.append("        <plan_class>").append(v.planClass()).append("</plan_class>\n");
                    b.append("        <date>").append(Php.prettyTime(v.createTime())).append("</date>\n");
                    b.append("        <date_unix>").append(v.createTime()).append("</date_unix>\n");
                    if (v.beta()) {
                        b.append("        <beta/>\n");
                    }
                    b.append("    </version>\n");
                }
            }
            b.append("</application>\n");
        }
        call.echo(b.append("</app_versions>\n").toString());
    }

    /** Platforms in the order they were registered (the platform table's id order). */
    private static Set<String> platformOrder(BoincState state) {
        Set<String> names = new LinkedHashSet<>();
        state.platforms().forEach(p -> names.add(p.platformName()));
        state.versions().forEach(v -> names.add(v.platformShort()));
        return names;
    }

    /** For one app and platform: the newest non-deprecated version of each plan class, newest first. */
    private static List<AppVersion> latest(BoincState state, App app, String platform) {
        Map<String, AppVersion> best = new LinkedHashMap<>();
        for (AppVersion v : state.versions()) {
            if (v.appId() != app.id() || !v.platformShort().equals(platform) || v.deprecated()) {
                continue;
            }
            best.merge(v.planClass(), v, (a, b) -> b.versionNum() > a.versionNum() ? b : a);
        }
        List<AppVersion> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(AppVersion::versionNum).reversed().thenComparingLong(AppVersion::id));
        return out;
    }

    /** The HTML applications page shown without xml=1. */
    private static void page(BoincCall call) {
        call.dbInitPage();
        String rows = call.state().apps().stream().filter(a -> !a.deprecated())
                .map(a -> "<tr><td>" + Php.htmlspecialchars(a.userFriendlyName()) + (a.beta() ? " (beta test)" : "")
                        + "</td></tr>")
                .collect(Collectors.joining("\n"));
        throw call.htmlPage(BoincPages.page(call.state().projectName(), "Applications",
                "<table>\n" + rows + "\n</table>"));
    }
}
