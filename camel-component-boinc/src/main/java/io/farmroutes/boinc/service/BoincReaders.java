package io.farmroutes.boinc.service;

import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.boinc.model.AccountKey;
import io.farmroutes.boinc.model.AccountLookup;
import io.farmroutes.boinc.model.AppVersion;
import io.farmroutes.boinc.model.Application;
import io.farmroutes.boinc.model.ForumPost;
import io.farmroutes.boinc.model.ForumThread;
import io.farmroutes.boinc.model.HostInfo;
import io.farmroutes.boinc.model.Platform;
import io.farmroutes.boinc.model.ProjectConfig;
import io.farmroutes.boinc.model.Team;
import io.farmroutes.boinc.model.TeamCreated;
import io.farmroutes.boinc.model.TeamMember;
import io.farmroutes.boinc.model.Updated;
import io.farmroutes.boinc.model.UserInfo;
import io.farmroutes.boinc.model.UserPosts;
import io.farmroutes.boinc.model.UserThreads;
import io.farmroutes.spi.error.MalformedResponseException;
import io.farmroutes.spi.xml.BodyText;
import io.farmroutes.spi.xml.XmlNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps BOINC answer documents onto the typed models; lenient on layout and number formats. */
final class BoincReaders {

    private BoincReaders() {
    }

    static ProjectConfig projectConfig(Object payload) {
        BoincDocument doc = expect(payload, "project_config");
        XmlNode r = doc.root();
        List<Platform> platforms = r.child("platforms").map(p -> p.children("platform").stream()
                .map(n -> new Platform(n.childText("platform_name"), n.childText("user_friendly_name"),
                        n.childText("plan_class")))
                .toList()).orElse(List.of());
        return new ProjectConfig(r.childText("name"), r.childText("master_url"), r.childText("web_rpc_url_base"),
                r.childText("server_version"), r.has("account_manager"), r.childText("local_revision"),
                flag(r, "web_stopped"), r.has("account_creation_disabled"), r.has("invite_code_required"),
                (int) number(r, "min_passwd_length", 6), flag(r, "sched_stopped"),
                r.has("min_client_version") ? (int) number(r, "min_client_version", 0) : null, platforms,
                r.childText("terms_of_use"), r.has("ldap_auth"), r.childText("account_ownership_public_key"),
                extra(r, Set.of("name", "master_url", "web_rpc_url_base", "server_version", "account_manager",
                        "local_revision", "web_stopped", "account_creation_disabled", "invite_code_required",
                        "min_passwd_length", "sched_stopped", "min_client_version", "platforms", "terms_of_use",
                        "ldap_auth", "account_ownership_public_key")));
    }

    static AccountKey accountKey(Object payload) {
        BoincDocument doc = expect(payload, "account_out");
        String key = doc.root().childText("authenticator");
        if (key == null || key.isEmpty()) {
            throw shape(doc, "no authenticator in the answer");
        }
        return new AccountKey(key);
    }

    static AccountLookup accountLookup(Object payload) {
        BoincDocument doc = expect(payload, "account_out");
        String key = doc.root().childText("authenticator");
        if (key != null && !key.isEmpty()) {
            return new AccountLookup(true, new AccountKey(key));
        }
        if (doc.root().has("success")) {
            return new AccountLookup(true, null);
        }
        throw shape(doc, "neither authenticator nor success in the answer");
    }

    static AccountInfo accountInfo(Object payload) {
        BoincDocument doc = expect(payload, "am_get_info_reply");
        XmlNode r = doc.root();
        return new AccountInfo(id(r, "id"), urlDecoded(r, "name"), urlDecoded(r, "country"), r.childText("weak_auth"),
                r.childText("cpid"), flag(r, "has_profile"), number(r, "create_time", 0),
                innerXml(doc.text(), "global_prefs"), innerXml(doc.text(), "project_prefs"), urlDecoded(r, "url"),
                flag(r, "send_email"), flag(r, "show_hosts"), id(r, "teamid"), r.childText("venue"),
                urlDecoded(r, "postal_code"), r.has("teamfounder"),
                extra(r, Set.of("success", "id", "name", "country", "weak_auth", "cpid", "has_profile", "create_time",
                        "global_prefs", "project_prefs", "url", "send_email", "show_hosts", "teamid", "venue",
                        "postal_code", "teamfounder")));
    }

    static Updated updated(Object payload, String rootName) {
        BoincDocument doc = expect(payload, rootName);
        XmlNode r = doc.root();
        boolean ok = r.has("success") && !"0".equals(r.childText("success"));
        if (!ok) {
            throw shape(doc, "the server did not confirm success");
        }
        return new Updated(doc.endpoint());
    }

    static UserInfo userInfo(Object payload) {
        BoincDocument doc = expect(payload, "user");
        XmlNode r = doc.root();
        List<HostInfo> hosts = r.children("host").stream().map(BoincReaders::host).toList();
        return new UserInfo(id(r, "id"), r.childText("cpid"), number(r, "create_time", 0), r.childText("name"),
                number(r, "total_credit", 0), number(r, "expavg_credit", 0), number(r, "expavg_time", 0),
                id(r, "teamid"), flag(r, "has_profile"), r.childText("venue"), hosts, r.childText("country"),
                r.childText("url"), extra(r, Set.of("id", "cpid", "create_time", "name", "total_credit",
                        "expavg_credit", "expavg_time", "teamid", "has_profile", "venue", "host", "country", "url")));
    }

    private static HostInfo host(XmlNode h) {
        return new HostInfo(id(h, "id"), number(h, "create_time", 0), id(h, "rpc_seqno"), number(h, "rpc_time", 0),
                h.childText("host_cpid"), number(h, "total_credit", 0), number(h, "expavg_credit", 0),
                number(h, "expavg_time", 0), h.childText("domain_name"), (int) number(h, "p_ncpus", 0),
                h.childText("p_vendor"), h.childText("p_model"), number(h, "p_fpops", 0), number(h, "p_iops", 0),
                h.childText("os_name"), h.childText("os_version"), number(h, "m_nbytes", 0), number(h, "d_free", 0),
                number(h, "d_total", 0), h.childText("venue"));
    }

    static TeamCreated teamCreated(Object payload) {
        BoincDocument doc = expect(payload, "create_team_reply");
        return new TeamCreated(id(doc.root(), "team_id"));
    }

    static List<Team> teams(Object payload) {
        BoincDocument doc = expect(payload, "teams");
        return doc.root().children("team").stream().map(BoincReaders::team).toList();
    }

    /** A single {@code <team>} for one id, a list for {@code team_ids}. */
    static Object teamOrTeams(Object payload) {
        BoincDocument doc = (BoincDocument) payload;
        if ("teams".equals(doc.root().name())) {
            return teams(payload);
        }
        return team(expect(payload, "team").root());
    }

    private static Team team(XmlNode t) {
        return new Team(id(t, "id"), number(t, "create_time", 0), id(t, "userid"), t.childText("name"),
                t.childText("url"), (int) number(t, "type", 0), t.childText("country"), number(t, "total_credit", 0),
                number(t, "expavg_credit", 0), number(t, "expavg_time", 0));
    }

    static List<TeamMember> teamMembers(Object payload) {
        BoincDocument doc = expect(payload, "users");
        return doc.root().children("user").stream().map(u -> new TeamMember(id(u, "id"), u.childText("cpid"),
                number(u, "total_credit", 0), optionalNumber(u, "create_time"), u.childText("name"),
                optionalNumber(u, "expavg_credit"), optionalNumber(u, "expavg_time"),
                u.has("has_profile") ? flag(u, "has_profile") : null, u.childText("country"), u.childText("url")))
                .toList();
    }

    static UserPosts userPosts(Object payload) {
        BoincDocument doc = expect(payload, "rpc_response");
        XmlNode r = doc.root();
        List<ForumPost> posts = r.child("posts").map(p -> p.children("post").stream()
                .map(n -> new ForumPost(id(n, "id"), id(n, "threadid"), n.childText("threadtitle"),
                        id(n, "timestamp"), n.childText("content")))
                .toList()).orElse(List.of());
        return new UserPosts(id(r, "count"), posts);
    }

    static UserThreads userThreads(Object payload) {
        BoincDocument doc = expect(payload, "rpc_response");
        XmlNode r = doc.root();
        List<ForumThread> threads = r.child("threads").map(p -> p.children("thread").stream()
                .map(n -> new ForumThread(id(n, "id"), id(n, "forumid"), id(n, "replies"), id(n, "views"),
                        id(n, "timestamp"), n.childText("title")))
                .toList()).orElse(List.of());
        return new UserThreads(id(r, "count"), threads);
    }

    static List<Application> applications(Object payload) {
        BoincDocument doc = expect(payload, "app_versions");
        return doc.root().children("application").stream().map(a -> new Application(id(a, "id"),
                a.childText("name"), a.childText("user_friendly_name"), a.has("beta"),
                a.children("version").stream().map(v -> new AppVersion(v.childText("platform_short"),
                        v.childText("platform_long"), (int) number(v, "version_num", 0), v.childText("plan_class"),
                        v.childText("date"), id(v, "date_unix"), v.has("beta"))).toList()))
                .toList();
    }

    private static BoincDocument expect(Object payload, String rootName) {
        BoincDocument doc = (BoincDocument) payload;
        if (!rootName.equals(doc.root().name())) {
            throw shape(doc, "expected a <" + rootName + "> document, got <" + doc.root().name() + ">");
        }
        return doc;
    }

    private static MalformedResponseException shape(BoincDocument doc, String why) {
        return new MalformedResponseException(doc.endpoint(), "unexpected answer: " + why,
                BodyText.excerpt(doc.text(), 200), null);
    }

    /** Flags are written as 0/1 values or as present/absent empty elements. */
    private static boolean flag(XmlNode parent, String name) {
        String text = parent.childText(name);
        if (text == null) {
            return false;
        }
        return text.isEmpty() || !(text.equals("0") || text.equalsIgnoreCase("false"));
    }

    private static double number(XmlNode parent, String name, double absent) {
        Double value = optionalNumber(parent, name);
        return value == null ? absent : value;
    }

    private static Double optionalNumber(XmlNode parent, String name) {
        String text = parent.childText(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long id(XmlNode parent, String name) {
        return (long) number(parent, name, 0);
    }

    private static String urlDecoded(XmlNode parent, String name) {
        String text = parent.childText(name);
        if (text == null) {
            return null;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** The exact text between an element's tags, so preference documents reach the caller untouched. */
    static String innerXml(String text, String element) {
        Matcher m = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL).matcher(text);
        if (m.find()) {
            return m.group(1).strip();
        }
        return "";
    }

    private static Map<String, String> extra(XmlNode parent, Set<String> known) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (XmlNode child : parent.children()) {
            if (!known.contains(child.name())) {
                extra.putIfAbsent(child.name(), child.text());
            }
        }
        return extra;
    }
}
