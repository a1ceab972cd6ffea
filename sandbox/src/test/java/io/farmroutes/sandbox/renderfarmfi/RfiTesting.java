package io.farmroutes.sandbox.renderfarmfi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.farmroutes.sandbox.Http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the test classes share: a fixed clock, the extension built on it, form replies and clock moves. */
final class RfiTesting {

    /** The emulator's clock in every test unless a test moves it. */
    static final Instant NOW = Instant.parse("2012-06-01T12:00:00Z");

    private RfiTesting() {
    }

    static RenderfarmFiSettings settings() {
        return new RenderfarmFiSettings().clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static RenderfarmFiEmulatorExtension extension() {
        return new RenderfarmFiEmulatorExtension(settings());
    }

    /** Moves the emulator's clock to {@link #NOW} plus this much. */
    static void moveClock(RenderfarmFiEmulator emulator, Duration fromNow) {
        emulator.state().clock(Clock.fixed(NOW.plus(fromNow), ZoneOffset.UTC));
    }

    /** A form-encoded reply body, decoded. */
    static Map<String, String> form(Http.Reply reply) {
        Map<String, String> out = new LinkedHashMap<>();
        if (reply.text().isEmpty()) {
            return out;
        }
        for (String pair : reply.text().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The oauth_problem of a refused oauth.* call, which must be HTTP 401 in form encoding. */
    static String problem(Http.Reply reply) {
        assertEquals(401, reply.status(), reply::toString);
        assertEquals("application/x-www-form-urlencoded", reply.contentType(), reply::toString);
        return form(reply).get("oauth_problem");
    }
}
