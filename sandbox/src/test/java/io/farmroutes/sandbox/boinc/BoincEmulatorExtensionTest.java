package io.farmroutes.sandbox.boinc;

import static io.farmroutes.sandbox.Http.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.farmroutes.sandbox.Http;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each test changes the emulator; whichever runs second still sees the seed, so reset works. */
class BoincEmulatorExtensionTest {

    @RegisterExtension
    static BoincEmulatorExtension boinc = new BoincEmulatorExtension()
            .lookupFailureDelay(Duration.ofMillis(120))
            .settings(s -> s.usesPostalCodes(true));

    private static final AtomicReference<BoincEmulator> FIRST_SEEN = new AtomicReference<>();

    private static void assertPristine() {
        BoincEmulator e = boinc.emulator();
        FIRST_SEEN.compareAndSet(null, e);
        assertSame(FIRST_SEEN.get(), e, "one emulator per test class");
        assertEquals(Duration.ofMillis(120), e.settings().lookupFailureDelay());
        assertTrue(e.settings().usesPostalCodes());
        assertEquals(BoincRelease.V1_6, e.settings().release());
        assertEquals("Alice", e.state().accountByEmail("alice@example.org").orElseThrow().name());
        assertTrue(e.state().accountByEmail("extra@example.org").isEmpty());
        assertEquals(0, e.ledger().count());
    }

    @Test
    void firstTestChangesEverything() {
        assertPristine();
        BoincEmulator e = boinc.emulator();
        e.state().createAccount("extra@example.org", "pw-123456", "Extra");
        String key = e.state().accountByEmail("alice@example.org").orElseThrow().authenticator();
        Http.get(e.rpcBaseUrl() + "am_set_info.php?account_key=" + key + "&name=Changed");
        e.settings().release(BoincRelease.CURRENT).lookupFailureDelay(Duration.ZERO);
        assertEquals("Changed", e.state().accountByEmail("alice@example.org").orElseThrow().name());
    }

    @Test
    void secondTestChangesEverythingToo() {
        assertPristine();
        BoincEmulator e = boinc.emulator();
        e.state().createAccount("extra@example.org", "pw-123456", "Extra");
        e.settings().usesPostalCodes(false).release(BoincRelease.CURRENT);
        Http.get(e.masterUrl() + "get_project_config.php");
        assertEquals(1, e.ledger().count());
    }

    @Test
    void configuredDelayApplies() {
        assertPristine();
        long start = System.nanoTime();
        Http.Reply r = Http.get(boinc.emulator().rpcBaseUrl() + "lookup_account.php?email_addr=nobody%40example.org");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals("-136", text(r.root(), "error_num"));
        assertTrue(millis >= 120 && millis < 3000, millis + " ms");
    }

    @Test
    void defaultDelayIsShort() {
        assertEquals(Duration.ofMillis(200), BoincEmulatorExtension.TEST_LOOKUP_FAILURE_DELAY);
        assertEquals(Duration.ofMillis(200), new BoincEmulatorExtension().startSettings().lookupFailureDelay());
    }
}
