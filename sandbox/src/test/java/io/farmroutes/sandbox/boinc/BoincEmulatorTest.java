package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.md5;
import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The emulator's lifecycle, defaults, reset, state API and concurrency. */
class BoincEmulatorTest {

    @Test
    void defaultsAreThoseOfARealOneSixServer() {
        try (BoincEmulator e = BoincEmulator.start()) {
            assertTrue(e.masterUrl().matches("http://127\\.0\\.0\\.1:\\d+/"), e.masterUrl());
            assertEquals(e.masterUrl(), e.url());
            assertEquals("boinc", e.name());
            BoincSettings s = e.settings();
            assertEquals(BoincRelease.V1_6, s.release());
            assertTrue(s.loginRequired());
            assertFalse(s.loginEnforced(), "login redirects need the current release");
            assertEquals(Duration.ofSeconds(5), s.lookupFailureDelay());
            assertTrue(s.unescapedFreeText());
            assertFalse(s.separateRpcBase());
            assertEquals("Farm Routes Test Project", e.state().projectName());
        }
    }

    @Test
    void seedDataIsAsDocumented() {
        try (BoincEmulator e = BoincEmulator.start()) {
            BoincState st = e.state();
            Account alice = st.accountByEmail("alice@example.org").orElseThrow();
            Account jose = st.accountByEmail("JOSE@example.org").orElseThrow();
            assertEquals("Alice", alice.name());
            assertEquals(md5("alice-secret-1alice@example.org"), alice.passwdHash());
            assertEquals("José Ñúñez", jose.name());
            assertEquals("España", jose.country());
            assertEquals(md5("jose-secret-1jose@example.org"), jose.passwdHash());
            assertEquals(2, st.hosts(alice.id()).size());
            assertEquals(1, st.hosts(jose.id()).size());
            Team rangers = st.teamByName("Render Rangers").orElseThrow();
            assertEquals(alice.id(), rangers.userId());
            assertEquals(List.of(alice.id(), jose.id()), st.members(rangers.id()).stream().map(Account::id).toList());
            assertTrue(st.apps().stream().anyMatch(a -> a.userFriendlyName().contains("&")));
            assertTrue(st.apps().stream().anyMatch(App::beta));
            assertTrue(st.posts(alice.id()).stream().anyMatch(p -> p.content().contains("]]>")
                    && p.content().contains("&")));
            assertTrue(st.termsOfUse().contains("&") && st.termsOfUse().contains("<b>"));
            assertTrue(alice.totalCredit() > 0 && jose.totalCredit() > 0);
        }
    }

    @Test
    void stateApiCreatesAccountsTheWayTheSiteDoes() {
        try (BoincEmulator e = BoincEmulator.start()) {
            BoincState st = e.state();
            Account dana = st.createAccount("Dana@Example.org", "dana-pw-1", "Dana");
            assertEquals("dana@example.org", dana.email());
            assertEquals(md5("dana-pw-1dana@example.org"), dana.passwdHash());
            assertTrue(dana.authenticator().matches("[0-9a-f]{32}"));
            assertEquals(dana, st.accountByKey(dana.authenticator()).orElseThrow());
            assertEquals(dana, st.account(dana.id()).orElseThrow());
            Host host = st.addHost(dana.id(), "dana-box", "work");
            assertEquals(host.id(), st.host(host.id()).orElseThrow().id());
            Team team = st.createTeam(dana.id(), "Dana's Denoisers", "", 3, "Canada");
            assertEquals(team.id(), dana.teamId(), "the founder joins");
            ForumThread thread = st.addThread(dana.id(), "Hello");
            assertEquals(0, thread.replies());
            ForumPost post = st.addPost(dana.id(), "Hello", "first!");
            assertEquals(thread.id(), post.threadId());
            st.setCredit(dana.id(), 10.5, 2.25);
            assertEquals(10.5, dana.totalCredit());
            Account viaRpc = st.accountByKey(text(Http.get(e.masterUrl() + "lookup_account.php?email_addr="
                    + "dana%40example.org&passwd_hash=" + md5("dana-pw-1dana@example.org")).root(), "authenticator"))
                    .orElseThrow();
            assertEquals(dana.id(), viaRpc.id());
        }
    }

    @Test
    void resetRestoresSeedSettingsAndClearsLedgerAndFaults() {
        BoincSettings start = new BoincSettings().release(BoincRelease.CURRENT).lookupFailureDelay(Duration.ZERO);
        try (BoincEmulator e = BoincEmulator.start(start)) {
            start.release(BoincRelease.V1_6);
            assertEquals(BoincRelease.CURRENT, e.settings().release(), "start() copies the settings");
            e.state().createAccount("temp@example.org", "pw-123456", "Temp");
            e.state().accountByEmail("alice@example.org").orElseThrow();
            e.settings().release(BoincRelease.V1_6).projectStopped(true);
            e.faults().serverErrors(1.0);
            Http.get(e.masterUrl() + "get_project_config.php");
            assertEquals(1, e.ledger().count());

            e.reset();
            assertTrue(e.state().accountByEmail("temp@example.org").isEmpty());
            assertEquals(BoincRelease.CURRENT, e.settings().release());
            assertFalse(e.settings().projectStopped());
            assertEquals(0, e.ledger().count());
            assertEquals(0.0, e.faults().serverErrors());
            assertEquals(200, Http.get(e.masterUrl() + "get_project_config.php").status());
        }
    }

    @Test
    void faultsApplyToTheEmulator() {
        try (BoincEmulator e = BoincEmulator.start()) {
            e.faults().serverErrors(1.0);
            Http.Reply r = Http.get(e.masterUrl() + "get_project_config.php");
            assertEquals(503, r.status());
            assertEquals(1, e.ledger().count("/get_project_config.php"));
            e.faults().clear().dropConnections(1.0);
            assertThrows(UncheckedIOException.class, () -> Http.get(e.masterUrl() + "get_project_config.php"));
            e.faults().clear().malformedBodies(1.0);
            Http.Reply cut = Http.get(e.masterUrl() + "get_project_config.php");
            assertFalse(cut.text().contains("</project_config>"));
        }
    }

    @Test
    void delayedLookupFailureDoesNotHoldUpOtherRequests() throws Exception {
        try (BoincEmulator e = BoincEmulator.start(new BoincSettings().lookupFailureDelay(Duration.ofMillis(1500)))) {
            long start = System.nanoTime();
            CompletableFuture<Http.Reply> failing = CompletableFuture.supplyAsync(
                    () -> Http.get(e.masterUrl() + "lookup_account.php?email_addr=ghost%40example.org"));
            Thread.sleep(100);
            Http.Reply config = Http.get(e.masterUrl() + "get_project_config.php");
            assertEquals(200, config.status());
            assertFalse(failing.isDone());
            Http.Reply failed = failing.get(10, TimeUnit.SECONDS);
            assertEquals("-136", text(failed.root(), "error_num"));
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 1500);
        }
    }

    @Test
    void closeStopsServing() {
        BoincEmulator e = BoincEmulator.start();
        String url = e.masterUrl() + "get_project_config.php";
        assertEquals(200, Http.get(url).status());
        e.close();
        assertThrows(UncheckedIOException.class, () -> Http.get(url));
    }
}
