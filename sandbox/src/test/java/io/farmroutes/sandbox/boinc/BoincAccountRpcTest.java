package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.form;
import static io.farmroutes.sandbox.Http.md5;
import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/** create_account (§8.2) and lookup_account (§8.3). */
class BoincAccountRpcTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension();

    private static final String ALICE_HASH = md5("alice-secret-1" + "alice@example.org");

    private static Http.Reply rpc(String scriptAndQuery) {
        return Http.get(boinc.emulator().rpcBaseUrl() + scriptAndQuery);
    }

    private static Http.Reply create(String... pairs) {
        return rpc("create_account.php?" + form(pairs));
    }

    private static void assertError(Http.Reply r, int num, String msg) {
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.text().startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n"), r.text());
        Element root = r.root();
        assertEquals("error", root.getTagName());
        assertEquals(String.valueOf(num), text(root, "error_num"));
        assertEquals(msg, text(root, "error_msg"));
    }

    // ---- create_account ----

    @Test
    void createsAccountWithSpaceBeforeRootAndStoresIt() {
        String hash = md5("pw-123456" + "new.user@example.org");
        Http.Reply r = create("email_addr", "New.User@Example.org", "passwd_hash", hash, "user_name", "Zoë Render");
        assertEquals(200, r.status());
        assertEquals("text/xml;charset=UTF-8", r.contentType());
        assertTrue(r.text().startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n <account_out>\n"), r.text());
        String key = text(r.root(), "authenticator");
        assertTrue(key.matches("[0-9a-f]{32}"), key);
        Account stored = boinc.emulator().state().accountByKey(key).orElseThrow();
        assertEquals("new.user@example.org", stored.email());
        assertEquals("Zoë Render", stored.name());
        assertEquals(hash, stored.passwdHash());
    }

    @Test
    void isIdempotentByEmailAndHashIgnoringTheName() {
        String hash = md5("pw-123456" + "twice@example.org");
        String first = text(create("email_addr", "twice@example.org", "passwd_hash", hash, "user_name", "Twice").root(),
                "authenticator");
        String second = text(create("email_addr", "TWICE@example.org", "passwd_hash", hash, "user_name", "Other Name")
                .root(), "authenticator");
        assertEquals(first, second);
        assertEquals("Twice", boinc.emulator().state().accountByKey(first).orElseThrow().name());
        assertTrue(first.matches("[0-9a-f]{32}"), first);
        String seeded = boinc.emulator().state().accountByEmail("alice@example.org").orElseThrow().authenticator();
        assertEquals(seeded, text(create("email_addr", "alice@example.org", "passwd_hash", ALICE_HASH,
                "user_name", "Whatever").root(), "authenticator"));
    }

    @Test
    void emailInUseWithAnotherHashIs137() {
        assertError(create("email_addr", "alice@example.org", "passwd_hash", md5("wrong" + "alice@example.org"),
                "user_name", "Alice2"), -137, "There's already an account with that email address.");
    }

    @Test
    void duplicateUserNameIsAnHttp500WithEmptyBody() {
        Http.Reply r = create("email_addr", "alice2@example.org", "passwd_hash", md5("x" + "alice2@example.org"),
                "user_name", "alice");
        assertEquals(500, r.status());
        assertEquals(0, r.body().length);
        assertTrue(boinc.emulator().state().accountByEmail("alice2@example.org").isEmpty());
    }

    @Test
    void badUserNamesAre188WithReasons() {
        String hash = md5("x" + "n@example.org");
        assertError(create("email_addr", "n@example.org", "passwd_hash", hash, "user_name", "12345"), -188,
                "user name may not be a number");
        assertError(create("email_addr", "n@example.org", "passwd_hash", hash, "user_name", "Tom & Jerry"), -188,
                "user name may not contain special characters");
        assertError(create("email_addr", "n@example.org", "passwd_hash", hash, "user_name", "<b>bold</b>"), -188,
                "user name may not contain special characters");
        assertError(create("email_addr", "n@example.org", "passwd_hash", hash, "user_name", " padded"), -188,
                "user name cannot have leading or trailing white space");
    }

    @Test
    void missingParametersHashLengthAndEmailSyntax() {
        assertError(create("email_addr", "n@example.org", "passwd_hash", md5("x")), -1,
                "missing or bad parameter: user_name");
        // PHP treats "0" as empty.
        assertError(create("email_addr", "n@example.org", "passwd_hash", md5("x"), "user_name", "0"), -1,
                "missing or bad parameter: user_name");
        assertError(create("email_addr", "n@example.org", "passwd_hash", "ABC", "user_name", "Nina"), -1,
                "password hash length not 32");
        assertError(create("email_addr", "not-an-address", "passwd_hash", md5("x"), "user_name", "Nina"), -205,
                "Email address has invalid syntax");
        boinc.emulator().settings().bannedEmailDomains("spam.example");
        assertError(create("email_addr", "n@spam.example", "passwd_hash", md5("x"), "user_name", "Nina"), -205,
                "Email address has invalid syntax");
    }

    @Test
    void postBodyIsIgnored() {
        Http.Reply r = Http.postForm(boinc.emulator().rpcBaseUrl() + "create_account.php",
                form("email_addr", "p@example.org", "passwd_hash", md5("x" + "p@example.org"), "user_name", "Post"));
        assertError(r, -1, "missing or bad parameter: email_addr");
        Http.Reply inUrl = Http.postForm(boinc.emulator().rpcBaseUrl() + "create_account.php?"
                + form("email_addr", "p@example.org", "passwd_hash", md5("x" + "p@example.org"), "user_name", "Post"),
                "");
        assertEquals("account_out", inUrl.root().getTagName(), "the method is not checked");
    }

    @Test
    void creationDisabledAndInviteCodesAreMinusOneNotTheDocumentedNumbers() {
        String[] params = {"email_addr", "i@example.org", "passwd_hash", md5("x" + "i@example.org"), "user_name", "Ivy"};
        boinc.emulator().settings().accountCreationDisabled(true);
        assertError(create(params), -1, "The project is not accepting new accounts.");
        boinc.emulator().settings().accountCreationDisabled(false).rpcAccountCreationDisabled(true);
        assertError(create(params), -1, "Please visit the project web site to create an account, then try again.");
        boinc.emulator().settings().rpcAccountCreationDisabled(false).inviteCodeRequired(true).inviteCode("sesame");
        assertError(create(params), -1, "missing or bad parameter: invite_code");
        assertError(create("email_addr", "i@example.org", "passwd_hash", md5("x" + "i@example.org"), "user_name",
                "Ivy", "invite_code", "wrong"), -1, "Invalid invitation code");
        assertEquals("account_out", create("email_addr", "i@example.org", "passwd_hash", md5("x" + "i@example.org"),
                "user_name", "Ivy", "invite_code", "sesame").root().getTagName());
    }

    @Test
    void consentIsRequiredWhenConfigured() {
        boinc.emulator().settings().consentRequired(true);
        String hash = md5("x" + "c@example.org");
        Http.Reply refused = create("email_addr", "c@example.org", "passwd_hash", hash, "user_name", "Cleo");
        assertEquals("-242", text(refused.root(), "error_num"));
        Http.Reply ok = create("email_addr", "c@example.org", "passwd_hash", hash, "user_name", "Cleo",
                "consent_flag", "1", "source", "farmroutes");
        assertEquals("account_out", ok.root().getTagName());
        Account cleo = boinc.emulator().state().accountByEmail("c@example.org").orElseThrow();
        assertEquals("farmroutes", cleo.consents().get(0).source());
    }

    @Test
    void joinsOnlyAnExistingJoinableTeamByExactName() {
        Team rangers = boinc.emulator().state().teamByName("Render Rangers").orElseThrow();
        create("email_addr", "t1@example.org", "passwd_hash", md5("x" + "t1@example.org"), "user_name", "T1",
                "team_name", "Render Rangers");
        create("email_addr", "t2@example.org", "passwd_hash", md5("x" + "t2@example.org"), "user_name", "T2",
                "team_name", "render rangers");
        assertEquals(rangers.id(), boinc.emulator().state().accountByEmail("t1@example.org").orElseThrow().teamId());
        assertEquals(0, boinc.emulator().state().accountByEmail("t2@example.org").orElseThrow().teamId());
    }

    @Test
    void projectDownAndDatabaseDown() {
        String q = form("email_addr", "d@example.org", "passwd_hash", md5("x"), "user_name", "Dee");
        boinc.emulator().settings().projectStopped(true);
        assertError(rpc("create_account.php?" + q), -183, "Project is temporarily offline");
        assertError(rpc("lookup_account.php?email_addr=alice%40example.org"), -183, "Project is temporarily offline");
        boinc.emulator().settings().projectStopped(false).databaseDown(true);
        assertError(rpc("create_account.php?" + q), -138, "Can't access database");
        assertError(rpc("lookup_account.php?email_addr=alice%40example.org"), -138, "Can't access database");
    }

    @Test
    void rawLatin1ByteInAParameterIsAnHttp500() {
        Http.Reply r = rpc("create_account.php?email_addr=j%40example.org&passwd_hash=" + md5("x")
                + "&user_name=Jos%E9");
        assertEquals(500, r.status());
        assertEquals(0, r.body().length);
        assertEquals(500, rpc("lookup_account.php?email_addr=al%EBce%40example.org").status());
    }

    // ---- lookup_account ----

    @Test
    void lookupWithHashReturnsTheKey() {
        Http.Reply r = rpc("lookup_account.php?" + form("email_addr", "ALICE@example.org", "passwd_hash", ALICE_HASH));
        Account alice = boinc.emulator().state().accountByEmail("alice@example.org").orElseThrow();
        assertEquals(alice.authenticator(), text(r.root(), "authenticator"));
        String authHash = md5(alice.authenticator() + alice.email());
        Http.Reply byAuth = rpc("lookup_account.php?" + form("email_addr", "alice@example.org", "passwd_hash",
                authHash));
        assertEquals(alice.authenticator(), text(byAuth.root(), "authenticator"));
    }

    @Test
    void lookupWithoutHashIsAnExistenceProbe() {
        Element root = rpc("lookup_account.php?email_addr=jose%40example.org").root();
        assertEquals("account_out", root.getTagName());
        assertEquals(1, root.getElementsByTagName("success").getLength());
        assertEquals(0, root.getElementsByTagName("authenticator").getLength());
        assertEquals(1, rpc("lookup_account.php?email_addr=jose%40example.org&passwd_hash=").root()
                .getElementsByTagName("success").getLength());
    }

    @Test
    void failuresWaitTheConfiguredDelay() {
        long start = System.nanoTime();
        assertError(rpc("lookup_account.php?email_addr=nobody%40example.org"), -136, "Not found");
        long unknownMillis = elapsedMillis(start);
        assertTrue(unknownMillis >= 200, "unknown email answered after " + unknownMillis + " ms");

        boinc.emulator().settings().lookupFailureDelay(Duration.ofMillis(350));
        start = System.nanoTime();
        String upperHash = ALICE_HASH.toUpperCase();
        assertError(rpc("lookup_account.php?" + form("email_addr", "alice@example.org", "passwd_hash", upperHash)),
                -206, "Invalid password");
        long wrongMillis = elapsedMillis(start);
        assertTrue(wrongMillis >= 350, "wrong hash answered after " + wrongMillis + " ms");
    }

    @Test
    void hashMadeWithMixedCaseEmailIsRejected() {
        boinc.emulator().settings().lookupFailureDelay(Duration.ZERO);
        String mixed = md5("alice-secret-1" + "Alice@Example.org");
        assertError(rpc("lookup_account.php?" + form("email_addr", "alice@example.org", "passwd_hash", mixed)), -206,
                "Invalid password");
    }

    @Test
    void successIsNotDelayedAndMissingEmailIsMinusOne() {
        boinc.emulator().settings().lookupFailureDelay(Duration.ofSeconds(3));
        long start = System.nanoTime();
        rpc("lookup_account.php?" + form("email_addr", "alice@example.org", "passwd_hash", ALICE_HASH));
        assertTrue(elapsedMillis(start) < 2000);
        assertError(rpc("lookup_account.php"), -1, "missing or bad parameter: email_addr");
        assertFalse(elapsedMillis(start) >= 3000, "a missing parameter is not a lookup failure");
    }

    @Test
    void ldapLoginUsesThePlainPassword() {
        boinc.emulator().settings().ldapAuth(true).lookupFailureDelay(Duration.ZERO);
        Http.Reply ok = rpc("lookup_account.php?" + form("ldap_auth", "1", "ldap_uid", "alice", "passwd",
                "alice-secret-1"));
        assertEquals(boinc.emulator().state().accountByEmail("alice@example.org").orElseThrow().authenticator(),
                text(ok.root(), "authenticator"));
        assertEquals("-206", text(rpc("lookup_account.php?" + form("ldap_auth", "1", "ldap_uid", "alice", "passwd",
                "nope")).root(), "error_num"));
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
