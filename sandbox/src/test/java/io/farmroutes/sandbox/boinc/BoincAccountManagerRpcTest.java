package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.childNames;
import static io.farmroutes.sandbox.Http.form;
import static io.farmroutes.sandbox.Http.md5;
import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** am_get_info (§8.4), am_set_info (§8.5), am_set_host_info (§8.6). */
class BoincAccountManagerRpcTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n";

    private Account alice;
    private Account jose;

    @BeforeEach
    void accounts() {
        alice = boinc.emulator().state().accountByEmail("alice@example.org").orElseThrow();
        jose = boinc.emulator().state().accountByEmail("jose@example.org").orElseThrow();
    }

    private static Http.Reply rpc(String scriptAndQuery) {
        return Http.get(boinc.emulator().rpcBaseUrl() + scriptAndQuery);
    }

    private static Http.Reply setInfo(String... pairs) {
        return rpc("am_set_info.php?" + form(pairs));
    }

    private static void assertSuccess(Http.Reply r, String root) {
        assertEquals(200, r.status(), r.toString());
        assertEquals(root, r.root().getTagName(), r.text());
        assertEquals(1, r.root().getElementsByTagName("success").getLength());
    }

    private static void assertError(Http.Reply r, int num, String msg) {
        assertEquals(200, r.status(), r.toString());
        assertEquals("error", r.root().getTagName(), r.text());
        assertEquals(String.valueOf(num), text(r.root(), "error_num"));
        assertEquals(msg, text(r.root(), "error_msg"));
    }

    // ---- am_get_info ----

    @Test
    void getInfoHasTheSpecShapeAndUrlEncodesFreeText() {
        Http.Reply r = rpc("am_get_info.php?account_key=" + jose.authenticator());
        assertTrue(r.text().startsWith(DECLARATION + "<am_get_info_reply>"));
        Element root = r.root();
        assertEquals(List.of("success", "id", "name", "country", "weak_auth", "cpid", "has_profile", "create_time",
                "global_prefs", "project_prefs", "url", "send_email", "show_hosts", "teamid", "venue"),
                childNames(root));
        assertEquals("Jos%C3%A9+%C3%91%C3%BA%C3%B1ez", text(root, "name"));
        assertEquals("Espa%C3%B1a", text(root, "country"));
        assertEquals("https%3A%2F%2Fjose.example.es%2F", text(root, "url"));
        assertEquals("José Ñúñez", URLDecoder.decode(text(root, "name"), StandardCharsets.UTF_8));
        assertEquals(jose.weakAuth(), text(root, "weak_auth"));
        assertTrue(text(root, "weak_auth").startsWith(jose.id() + "_"));
        assertEquals(md5(jose.crossProjectId() + jose.email()), text(root, "cpid"));
    }

    @Test
    void founderGetsTeamfounderAndPostalCodeWhenTheProjectUsesThem() {
        boinc.emulator().settings().usesPostalCodes(true);
        Http.Reply r = rpc("am_get_info.php?account_key=" + alice.authenticator());
        List<String> names = childNames(r.root());
        assertEquals(List.of("venue", "postal_code", "teamfounder"), names.subList(names.size() - 3, names.size()));
        assertEquals("94720", text(r.root(), "postal_code"));
        assertTrue(r.text().contains("<global_prefs>\n<global_preferences>"));
        assertEquals("75", text(r.root(), "max_ncpus_pct"));
    }

    @Test
    void getInfoWhitelistsItsParameter() {
        Http.Reply r = rpc("am_get_info.php?account_key=" + alice.authenticator() + "&nocache=1");
        assertEquals(302, r.status());
        assertEquals("extra_arg_nocache.html", r.location());
        assertTrue(r.text().isEmpty() || r.text().equals(DECLARATION), r.text());
    }

    @Test
    void getInfoErrorsAndMaintenancePage() {
        assertError(rpc("am_get_info.php?account_key=" + "0".repeat(32)), -136, "Not found");
        assertError(rpc("am_get_info.php"), -1, "missing or bad parameter: account_key");
        assertError(rpc("am_get_info.php?account_key=" + alice.weakAuth()), -136, "Not found");
        boinc.emulator().settings().projectStopped(true);
        Http.Reply page = rpc("am_get_info.php?account_key=" + alice.authenticator());
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.text().contains("<html"));
    }

    @Test
    void venueIsInsertedUnescaped() {
        boinc.emulator().state().setProfile(alice.id(), alice.country(), alice.url(), alice.postalCode(), "R&D <lab>");
        Http.Reply raw = rpc("am_get_info.php?account_key=" + alice.authenticator());
        assertTrue(raw.text().contains("<venue>R&D <lab></venue>"));
        boinc.emulator().settings().unescapedFreeText(false);
        assertEquals("R&D <lab>", text(rpc("am_get_info.php?account_key=" + alice.authenticator()).root(), "venue"));
    }

    // ---- am_set_info (1.6) ----

    @Test
    void setInfoByGetUpdatesTheAccount() {
        Http.Reply r = setInfo("account_key", alice.authenticator(), "name", "  Alice R. ", "country", "Germany",
                "url", "https://alice.example.de", "venue", "school", "postal_code", "10115", "show_hosts", "1");
        assertSuccess(r, "am_set_info_reply");
        assertTrue(r.text().startsWith(DECLARATION));
        assertEquals("Alice R.", alice.name());
        assertEquals("Germany", alice.country());
        assertEquals("https://alice.example.de", alice.url());
        assertEquals("school", alice.venue());
        assertEquals("10115", alice.postalCode());
        Element info = rpc("am_get_info.php?account_key=" + alice.authenticator()).root();
        assertEquals("Alice+R.", text(info, "name"));
    }

    @Test
    void setInfoReadsThePostBodyWhenItHoldsTheKey() {
        Http.Reply r = Http.postForm(boinc.emulator().rpcBaseUrl() + "am_set_info.php?name=FromQuery",
                form("account_key", jose.authenticator(), "name", "José por POST"));
        assertSuccess(r, "am_set_info_reply");
        assertEquals("José por POST", jose.name());
        Http.Reply queryKey = Http.postForm(boinc.emulator().rpcBaseUrl() + "am_set_info.php?"
                + form("account_key", jose.authenticator(), "venue", "home"), form("venue", "work"));
        assertSuccess(queryKey, "am_set_info_reply");
        assertEquals("home", jose.venue(), "without account_key in the body the query is read");
    }

    @Test
    void zeroIsIgnoredForSendEmailAndShowHosts() {
        assertSuccess(setInfo("account_key", alice.authenticator(), "send_email", "0", "show_hosts", "0"),
                "am_set_info_reply");
        assertTrue(alice.sendEmail());
        assertTrue(alice.showHosts());
    }

    @Test
    void setInfoValidationErrors() {
        assertError(setInfo("account_key", "f".repeat(32)), -136, "Not found");
        assertError(setInfo("name", "x"), -1, "missing or bad parameter: account_key");
        assertError(setInfo("account_key", alice.authenticator(), "country", "Atlantis"), -1, "invalid country");
        assertError(setInfo("account_key", alice.authenticator(), "country", "España"), -1, "invalid country");
        Http.Reply badPrefs = setInfo("account_key", alice.authenticator(), "project_prefs",
                "<project_preferences><x>1</x></project_preferences>");
        assertEquals("-112", text(badPrefs.root(), "error_num"));
        assertTrue(text(badPrefs.root(), "error_msg").startsWith("Invalid project preferences: "));
        assertEquals("United States", alice.country(), "nothing changed");
    }

    @Test
    void globalPrefsWithoutCrlfAreAnHttp500() {
        Http.Reply r = setInfo("account_key", alice.authenticator(), "global_prefs",
                "<global_preferences>\n<max_ncpus_pct>50</max_ncpus_pct>\n</global_preferences>");
        assertEquals(500, r.status());
        assertEquals(0, r.body().length);
        assertSuccess(setInfo("account_key", alice.authenticator(), "global_prefs",
                "<global_preferences>\r\n<max_ncpus_pct>50</max_ncpus_pct>\r\n</global_preferences>\r\n"),
                "am_set_info_reply");
        assertEquals("<global_preferences>\n<max_ncpus_pct>50</max_ncpus_pct>\n</global_preferences>",
                alice.globalPrefs());
    }

    @Test
    void projectPrefsWithoutProjectSpecificKeepTheStoredBlock() {
        assertSuccess(setInfo("account_key", alice.authenticator(), "project_prefs",
                "<project_preferences>\r\n<resource_share>250</resource_share>\r\n</project_preferences>"),
                "am_set_info_reply");
        assertTrue(alice.projectPrefs().contains("<resource_share>250</resource_share>"));
        assertTrue(alice.projectPrefs().contains("<project_specific>\n<render_quality>high</render_quality>"));
        assertTrue(alice.projectPrefs().endsWith("</project_preferences>"));
    }

    @Test
    void teamidZeroQuitsNonNumericRedirectsAndClosedTeamsAreIgnored() {
        Http.Reply redirect = setInfo("account_key", jose.authenticator(), "teamid", "rangers");
        assertEquals(302, redirect.status());
        assertEquals("non_num_arg.html", redirect.location());
        assertSuccess(setInfo("account_key", jose.authenticator(), "teamid", "0"), "am_set_info_reply");
        assertEquals(0, jose.teamId());
        Team club = boinc.emulator().state().teamByName("Rendering 100% Club").orElseThrow();
        boinc.emulator().state().setTeamJoinable(club.id(), false);
        assertSuccess(setInfo("account_key", jose.authenticator(), "teamid", String.valueOf(club.id())),
                "am_set_info_reply");
        assertEquals(0, jose.teamId());
        Team heads = boinc.emulator().state().teamByName("Blender_Heads").orElseThrow();
        setInfo("account_key", jose.authenticator(), "teamid", String.valueOf(heads.id()));
        assertEquals(heads.id(), jose.teamId());
    }

    @Test
    void emailChangeAndItsRepeat() {
        String newHash = md5("jose-secret-1" + "jose.n@example.es");
        assertSuccess(setInfo("account_key", jose.authenticator(), "email_addr", "Jose.N@Example.es",
                "password_hash", newHash), "am_set_info_reply");
        assertEquals("jose.n@example.es", jose.email());
        assertEquals(newHash, jose.passwdHash());
        assertEquals("jose@example.org", jose.previousEmail());
        // The repeat of a change that succeeded is refused: the address is now in use (by the caller).
        assertError(setInfo("account_key", jose.authenticator(), "email_addr", "jose.n@example.es"), -137,
                "There's already an account with that email address.");
        assertEquals("-205", text(setInfo("account_key", jose.authenticator(), "email_addr", "third@example.es")
                .root(), "error_num"), "changed within 7 days");
        assertError(setInfo("account_key", alice.authenticator(), "email_addr", "bad address"), -205,
                "Invalid email address");
        Http.Reply reuse = Http.get(boinc.emulator().rpcBaseUrl() + "create_account.php?" + form("email_addr",
                "jose@example.org", "passwd_hash", md5("x" + "jose@example.org"), "user_name", "Usurper"));
        assertEquals("-137", text(reuse.root(), "error_num"), "the old address is held for 7 days");
    }

    @Test
    void consentParametersComeAllOrNone() {
        assertEquals("-1", text(setInfo("account_key", alice.authenticator(), "consent_name", "ENROLL",
                "consent_flag", "1").root(), "error_num"));
        assertSuccess(setInfo("account_key", alice.authenticator(), "consent_name", "STATSEXPORT", "consent_flag", "0",
                "consent_not_required", "0", "consent_source", "farmroutes"), "am_set_info_reply");
        assertFalse(alice.consents().get(0).flag());
        assertEquals("STATSEXPORT", alice.consents().get(0).name());
    }

    @Test
    void currentReleaseAnswersNotSupportedWithoutDeclaration() {
        boinc.emulator().settings().release(BoincRelease.CURRENT);
        Http.Reply r = setInfo("account_key", alice.authenticator(), "name", "Nope");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.text().startsWith("<error>"), r.text());
        assertError(r, -1, "not supported");
        assertEquals("Alice", alice.name());
    }

    // ---- am_set_host_info ----

    @Test
    void setHostVenueOnOwnHostOnly() {
        Host laptop = boinc.emulator().state().hosts(alice.id()).get(1);
        String q = form("hostid", String.valueOf(laptop.id()), "account_key", alice.authenticator(), "venue", "home");
        assertSuccess(rpc("am_set_host_info.php?" + q), "am_set_host_info_reply");
        assertEquals("home", laptop.venue());
        assertSuccess(rpc("am_set_host_info.php?" + form("hostid", String.valueOf(laptop.id()), "account_key",
                alice.authenticator(), "venue", "")), "am_set_host_info_reply");
        assertEquals("", laptop.venue());
        Host josePc = boinc.emulator().state().hosts(jose.id()).get(0);
        assertError(rpc("am_set_host_info.php?" + form("hostid", String.valueOf(josePc.id()), "account_key",
                alice.authenticator(), "venue", "work")), -136, "Not found");
        assertError(rpc("am_set_host_info.php?" + form("hostid", "999", "account_key", alice.authenticator(),
                "venue", "work")), -136, "Not found");
        assertEquals("", josePc.venue());
    }

    @Test
    void setHostInfoRedirectsAndErrors() {
        Http.Reply missing = rpc("am_set_host_info.php?" + form("account_key", alice.authenticator(), "venue", "x"));
        assertEquals(302, missing.status());
        assertEquals("missing_arg_hostid.html", missing.location());
        Http.Reply extra = rpc("am_set_host_info.php?hostid=1&account_key=" + alice.authenticator()
                + "&venue=home&format=xml");
        assertEquals(302, extra.status());
        assertEquals("extra_arg_format.html", extra.location());
        assertError(rpc("am_set_host_info.php?hostid=1&account_key=" + alice.authenticator()), -1,
                "missing or bad parameter: venue");
        assertError(rpc("am_set_host_info.php?hostid=1&venue=home"), -1, "missing or bad parameter: account_key");
    }
}
