package io.farmroutes.sandbox.renderfarmfi;

import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.call;
import static io.farmroutes.sandbox.renderfarmfi.XmlRpcTestValues.intValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import io.farmroutes.sandbox.RecordedRequest;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The emulator as a whole: identity, seed, reset, ledger, fault injection and its JUnit extension. */
class RenderfarmFiEmulatorTest {

    @RegisterExtension
    static RenderfarmFiEmulatorExtension rfi = RfiTesting.extension()
            .settings(s -> s.tokenReplyFormat(TokenReplyFormat.XMLRPC));

    @Test
    void itIsNamedAndServesOnLoopback() {
        RenderfarmFiEmulator e = rfi.emulator();
        assertEquals("renderfarmfi", e.name());
        assertEquals("http://127.0.0.1:" + e.port(), e.url());
        assertEquals(e.url() + "/user.getAllSessions", e.methodUrl("user.getAllSessions"));
        assertEquals("farmroutes-sandbox-consumer", e.consumerKey());
        assertFalse(e.consumerSecret().isEmpty());
        assertFalse(e.accessToken().isEmpty());
        assertFalse(e.accessTokenSecret().isEmpty());
    }

    @Test
    void theSeedHasEveryQueueAnAttachmentAndAnotherUsersSession() {
        RenderfarmFiState state = rfi.emulator().state();
        assertEquals(2, state.sessionsOf(RenderfarmFiState.USER_ID).stream().filter(s -> s.state().equals("accept"))
                .count());
        assertEquals(2, state.sessionsOf(RenderfarmFiState.USER_ID).stream().filter(s -> s.state().equals("active"))
                .count());
        assertEquals(1, state.sessionsOf(RenderfarmFiState.USER_ID).stream()
                .filter(s -> s.state().equals("completed")).count());
        assertEquals(RenderfarmFiState.OTHER_USER_ID,
                state.session(RenderfarmFiState.OTHER_USERS_SESSION).orElseThrow().ownerId());
        assertEquals(Set.of(413), state.attachedSessions(RenderfarmFiState.CONSUMER_KEY));
        assertEquals(Set.of(), state.attachedSessions("someone-else"));
    }

    @Test
    void theExtensionsSettingsApply() {
        assertEquals(TokenReplyFormat.XMLRPC, rfi.emulator().settings().tokenReplyFormat());
        Http.Reply reply = RfiClient.consumer(rfi.emulator()).oauth("oauth.requestToken");
        assertTrue(reply.contentType().startsWith("text/xml"), reply::toString);
    }

    @Test
    void resetRestoresSeedSettingsClockAndLedger() {
        RenderfarmFiEmulator e = rfi.emulator();
        assertEquals(200, RfiClient.user(e).oauth("oauth.logout").status());
        e.state().addSession("accept", "extra", "extra", 1, 2);
        e.state().addConsumer("other", "secret");
        RfiClient.user(e).xmlrpc("user.attachSession", call("user.attachSession", intValue(414)));
        e.settings().tokenReplyFormat(TokenReplyFormat.FORM).sampleQuirks(true).timestampWindow(Duration.ZERO);
        RfiTesting.moveClock(e, Duration.ofDays(3));
        assertTrue(e.ledger().count() > 0);

        e.reset();

        assertFalse(e.state().isRevoked(e.accessToken()));
        assertTrue(e.state().session(419).isEmpty());
        assertTrue(e.state().consumerSecret("other").isEmpty());
        assertEquals(Set.of(413), e.state().attachedSessions(e.consumerKey()));
        assertEquals(TokenReplyFormat.XMLRPC, e.settings().tokenReplyFormat());
        assertFalse(e.settings().sampleQuirks());
        assertEquals(Duration.ofMinutes(5), e.settings().timestampWindow());
        assertEquals(RfiTesting.NOW, e.state().now());
        assertEquals(0, e.ledger().count());
        assertEquals(0, e.state().issuedRequestTokens());
    }

    @Test
    void requestsAreRecorded() {
        RenderfarmFiEmulator e = rfi.emulator();
        RfiClient.user(e).xmlrpc("user.getAllSessions", call("user.getAllSessions"));
        Http.get(e.url() + "/nowhere");
        assertEquals(2, e.ledger().count());
        assertEquals(1, e.ledger().count("/user.getAllSessions"));
        RecordedRequest first = e.ledger().requests().get(0);
        assertEquals("POST", first.method());
        assertTrue(first.bodyText().contains("<methodName>user.getAllSessions</methodName>"));
    }

    @Test
    void injectedFaultsApply() {
        RenderfarmFiEmulator e = rfi.emulator();
        e.faults().serverErrors(1.0);
        assertEquals(503, RfiClient.user(e).xmlrpc("user.getAllSessions", call("user.getAllSessions")).status());
        e.faults().clear();
        assertEquals(200, RfiClient.user(e).xmlrpc("user.getAllSessions", call("user.getAllSessions")).status());
    }

    @Test
    void startCopiesTheSettingsItIsGiven() {
        RenderfarmFiSettings settings = RfiTesting.settings();
        try (RenderfarmFiEmulator e = RenderfarmFiEmulator.start(settings, 0)) {
            settings.sampleQuirks(true);
            assertFalse(e.settings().sampleQuirks());
            e.settings().proseFieldNames(true);
            e.reset();
            assertFalse(e.settings().proseFieldNames());
            assertSame(e.state(), e.state());
        }
        RenderfarmFiSettings copy = settings.copy();
        assertTrue(copy.sampleQuirks());
        assertEquals(settings.clock(), copy.clock());
    }

    @Test
    void theDefaultEmulatorRunsOnTheSystemClock() {
        try (RenderfarmFiEmulator e = RenderfarmFiEmulator.start()) {
            assertEquals(TokenReplyFormat.FORM, e.settings().tokenReplyFormat());
            Http.Reply reply = RfiClient.consumer(e).oauth("oauth.requestToken");
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(1, e.state().issuedRequestTokens());
        }
    }
}
