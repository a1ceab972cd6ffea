package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.childNames;
import static io.farmroutes.sandbox.Http.children;
import static io.farmroutes.sandbox.Http.form;
import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** show_user (§8.7), create_team (§8.8), team_lookup (§8.9, §8.10), team_email_list (§8.11). */
class BoincUserAndTeamRpcTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    private Account alice;
    private Account jose;
    private Team rangers;

    @BeforeEach
    void seed() {
        BoincState state = boinc.emulator().state();
        alice = state.accountByEmail("alice@example.org").orElseThrow();
        jose = state.accountByEmail("jose@example.org").orElseThrow();
        rangers = state.teamByName("Render Rangers").orElseThrow();
    }

    private static Http.Reply rpc(String scriptAndQuery) {
        return Http.get(boinc.emulator().rpcBaseUrl() + scriptAndQuery);
    }

    private static void assertRedirect(Http.Reply r, String location) {
        assertEquals(302, r.status(), r.toString());
        assertEquals(location, r.location());
    }

    private static void assertError(Http.Reply r, int num) {
        assertEquals(200, r.status());
        assertEquals("error", r.root().getTagName(), r.text());
        assertEquals(String.valueOf(num), text(r.root(), "error_num"));
    }

    // ---- show_user ----

    @Test
    void showUserByIdHasNoHostsNorVenue() {
        Element user = rpc("show_user.php?userid=" + jose.id() + "&format=xml").root();
        assertEquals(List.of("id", "cpid", "create_time", "name", "total_credit", "expavg_credit", "expavg_time",
                "teamid", "has_profile", "country", "url"), childNames(user));
        assertEquals("José Ñúñez", text(user, "name"));
        assertEquals("1234.5", text(user, "total_credit"));
        assertEquals(String.valueOf(rangers.id()), text(user, "teamid"));
    }

    @Test
    void showUserByAuthAddsVenueAndHostsAndAuthWinsOverUserid() {
        Http.Reply r = rpc("show_user.php?userid=" + jose.id() + "&auth=" + alice.authenticator() + "&format=xml");
        Element user = r.root();
        assertEquals(String.valueOf(alice.id()), text(user, "id"));
        List<String> names = childNames(user);
        assertEquals(List.of("has_profile", "venue", "host", "host", "country", "url"),
                names.subList(names.indexOf("has_profile"), names.size()));
        Element host = children(user, "host").get(0);
        assertEquals(List.of("id", "create_time", "rpc_seqno", "rpc_time", "host_cpid", "total_credit",
                "expavg_credit", "expavg_time", "domain_name", "p_ncpus", "p_vendor", "p_model", "p_fpops", "p_iops",
                "os_name", "os_version", "m_nbytes", "d_free", "d_total", "venue"), childNames(host));
        assertEquals("alice-workstation", text(host, "domain_name"));
        assertEquals("3806.869739", text(user, "total_credit"));
        assertEquals("1110833427.64028", text(user, "expavg_time"));
        assertEquals("http://alice.example.org/renders", text(user, "url"), "URL normalised to http://");
    }

    @Test
    void showUserErrors() {
        assertRedirect(rpc("show_user.php?format=xml"), "missing_arg_userid.html");
        assertRedirect(rpc("show_user.php?userid=abc&format=xml"), "missing_arg_userid.html");
        assertError(rpc("show_user.php?userid=999&format=xml"), -136);
        assertError(rpc("show_user.php?auth=" + "0".repeat(32) + "&format=xml"), -136);
        boinc.emulator().settings().projectStopped(true);
        assertError(rpc("show_user.php?userid=1&format=xml"), -183);
        boinc.emulator().settings().projectStopped(false).databaseDown(true);
        assertError(rpc("show_user.php?userid=1&format=xml"), -138);
    }

    @Test
    void showUserWithoutXmlIsHtmlOrALoginRedirect() {
        Http.Reply page = rpc("show_user.php?userid=" + alice.id());
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.text().contains("<html") && page.text().contains("Alice"));

        boinc.emulator().settings().release(BoincRelease.CURRENT);
        Http.Reply login = rpc("show_user.php?userid=" + alice.id());
        assertRedirect(login, boinc.emulator().masterUrl() + "login_form.php?next_url=show_user.php%3Fuserid%3D1");
        Element xml = rpc("show_user.php?userid=" + alice.id() + "&format=xml").root();
        assertEquals("user", xml.getTagName(), "format=xml needs no login");
    }

    @Test
    void countryIsInsertedUnescaped() {
        boinc.emulator().state().setProfile(jose.id(), "Trinidad & Tobago", "", "", "");
        Http.Reply r = rpc("show_user.php?userid=" + jose.id() + "&format=xml");
        assertTrue(r.text().contains("<country>Trinidad & Tobago</country>"));
        assertThrows(AssertionError.class, r::xml);
        assertFalse(r.text().contains("<url>"), "no url element when none is set");
    }

    // ---- create_team ----

    @Test
    void createTeamSaysNopeInEveryRelease() {
        String q = "create_team.php?" + form("account_key", alice.authenticator(), "name", "New Team", "type", "1");
        for (BoincRelease release : BoincRelease.values()) {
            boinc.emulator().settings().release(release);
            Http.Reply r = rpc(q);
            assertEquals(200, r.status());
            assertTrue(r.contentType().startsWith("text/html"), r.contentType());
            assertTrue(r.text().startsWith("<error>"), "no XML declaration");
            assertEquals("-1", text(r.root(), "error_num"));
            assertEquals("Nope", text(r.root(), "error_msg"));
        }
        assertEquals(3, boinc.emulator().state().teams().size());
    }

    // ---- team_lookup ----

    @Test
    void lookupByNameIsCaseInsensitiveSubstringOrderedByRecentCredit() {
        Element teams = rpc("team_lookup.php?team_name=RENDER&format=xml").root();
        assertEquals("teams", teams.getTagName());
        List<String> found = children(teams, "team").stream().map(t -> text(t, "name")).toList();
        assertEquals(List.of("Rendering 100% Club", "Render Rangers"), found);
        Element first = children(teams, "team").get(0);
        assertEquals(List.of("id", "create_time", "userid", "name", "url", "type", "country", "total_credit",
                "expavg_credit", "expavg_time"), childNames(first));
        assertEquals("https://rangers.example.org/?join=1&ref=boinc", text(children(teams, "team").get(1), "url"));
    }

    @Test
    void percentAndUnderscoreAreLiteral() {
        List<String> percent = children(rpc("team_lookup.php?team_name=100%25&format=xml").root(), "team")
                .stream().map(t -> text(t, "name")).toList();
        assertEquals(List.of("Rendering 100% Club"), percent);
        assertEquals(List.of("Blender_Heads"), children(rpc("team_lookup.php?team_name=r_h&format=xml").root(),
                "team").stream().map(t -> text(t, "name")).toList());
        // With SQL wildcards "r_r" would match "Render Rangers" ("r R").
        Http.Reply none = rpc("team_lookup.php?team_name=r_r&format=xml");
        assertTrue(none.text().endsWith("<teams>\n</teams>\n"), none.text());
        assertTrue(children(rpc("team_lookup.php?team_name=%25&format=xml").root(), "team").size() == 1);
    }

    @Test
    void lookupByIdHasATeamRootAndByIdsATeamsRoot() {
        Element team = rpc("team_lookup.php?team_id=" + rangers.id() + "&format=xml").root();
        assertEquals("team", team.getTagName());
        assertEquals("Render Rangers", text(team, "name"));
        assertEquals(String.valueOf(alice.id()), text(team, "userid"));
        Element teams = rpc("team_lookup.php?team_ids=3,x,99,1&format=xml").root();
        assertEquals("teams", teams.getTagName());
        assertEquals(List.of("3", "1"), children(teams, "team").stream().map(t -> text(t, "id")).toList());
        assertError(rpc("team_lookup.php?team_id=99&format=xml"), -136);
        assertRedirect(rpc("team_lookup.php?team_id=abc&format=xml"), "non_num_arg.html");
    }

    @Test
    void lookupWhitelistMissingNameAndDisabledTeams() {
        Http.Reply extra = rpc("team_lookup.php?team_name=x&format=xml&_=123");
        assertRedirect(extra, "extra_arg__.html");
        Http.Reply missing = rpc("team_lookup.php?format=xml");
        assertEquals("missing or bad parameter: team_name", text(missing.root(), "error_msg"));
        boinc.emulator().settings().teamsDisabled(true);
        Http.Reply disabled = rpc("team_lookup.php?team_name=x&format=xml");
        assertEquals(200, disabled.status());
        assertTrue(disabled.contentType().startsWith("text/html"));
        assertTrue(disabled.text().contains("<html") && disabled.text().contains("Teams are disabled"));
    }

    @Test
    void currentServersWantALoginWithoutFormatXmlEvenForIds() {
        boinc.emulator().settings().release(BoincRelease.CURRENT);
        Http.Reply r = rpc("team_lookup.php?team_id=1");
        assertEquals(302, r.status());
        assertTrue(r.location().startsWith(boinc.emulator().masterUrl() + "login_form.php?next_url="), r.location());
        Http.Reply withCookie = Http.get(boinc.emulator().rpcBaseUrl() + "team_lookup.php?team_id=1",
                "auth=" + jose.authenticator());
        assertEquals("team", withCookie.root().getTagName());
        boinc.emulator().settings().loginRequired(false);
        assertEquals("team", rpc("team_lookup.php?team_id=1").root().getTagName());
    }

    // ---- team_email_list ----

    @Test
    void memberListWithoutEmailAddresses() {
        Http.Reply r = rpc("team_email_list.php?teamid=" + rangers.id() + "&xml=1&account_key="
                + alice.authenticator());
        Element users = r.root();
        assertEquals("users", users.getTagName());
        List<Element> members = children(users, "user");
        assertEquals(2, members.size());
        assertEquals(List.of("id", "cpid", "total_credit", "create_time", "name", "expavg_credit", "expavg_time",
                "has_profile", "country", "url"), childNames(members.get(0)));
        assertFalse(r.text().contains("@example.org"), "no email addresses, not even for the founder");
        assertEquals("José Ñúñez", text(members.get(1), "name"));
    }

    @Test
    void creditOnlyTrimsFieldsAndSkipsZeroCredit() {
        boinc.emulator().state().setCredit(jose.id(), 0, 0);
        List<Element> members = children(rpc("team_email_list.php?teamid=" + rangers.id() + "&xml=1&creditonly=1")
                .root(), "user");
        assertEquals(1, members.size());
        assertEquals(List.of("id", "cpid", "total_credit"), childNames(members.get(0)));
        assertEquals(String.valueOf(alice.id()), text(members.get(0), "id"));
    }

    @Test
    void memberListErrors() {
        assertRedirect(rpc("team_email_list.php?xml=1"), "missing_arg_teamid.html");
        assertError(rpc("team_email_list.php?teamid=99&xml=1"), -136);
        boinc.emulator().settings().teamsDisabled(true);
        Http.Reply disabled = rpc("team_email_list.php?teamid=1&xml=1");
        assertTrue(disabled.text().startsWith("<error>"), "no declaration");
        assertTrue(disabled.contentType().startsWith("text/html"));
        assertEquals("-1", text(disabled.root(), "error_num"));
    }

    @Test
    void memberPageNeedsTheFounderLogin() {
        Http.Reply anonymous = rpc("team_email_list.php?teamid=" + rangers.id());
        assertEquals(302, anonymous.status());
        assertTrue(anonymous.location().contains("login_form.php?next_url=team_email_list.php"));
        Http.Reply founder = Http.get(boinc.emulator().rpcBaseUrl() + "team_email_list.php?teamid=" + rangers.id(),
                "auth=" + alice.authenticator());
        assertEquals(200, founder.status());
        assertTrue(founder.text().contains("jose@example.org"), "the founder's HTML page shows addresses");
    }
}
