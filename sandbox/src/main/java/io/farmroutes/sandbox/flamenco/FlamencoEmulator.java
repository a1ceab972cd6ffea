package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorServer;
import io.farmroutes.sandbox.ServerEmulator;

/**
 * The early-2015 Flamenco ("brender") server API on 127.0.0.1 (specs/flamenco.md), with simulated managers and
 * workers that render dispatched tasks over (scaled) time, and the real server's quirks switchable one by one.
 */
public final class FlamencoEmulator extends ServerEmulator {

    private final FlamencoSettings initial;
    private final FlamencoSettings settings;
    private final FlamencoState state;

    private FlamencoEmulator(FlamencoSettings initial, FlamencoSettings settings, FlamencoState state,
                             EmulatorServer server) {
        super(server);
        this.initial = initial;
        this.settings = settings;
        this.state = state;
    }

    /** Default settings (200 ms frames, no failures, every quirk on), seed data, an ephemeral port. */
    public static FlamencoEmulator start() {
        return start(new FlamencoSettings(), 0);
    }

    /** These settings (copied: {@link #reset()} returns to them) on a port (0 = ephemeral). */
    public static FlamencoEmulator start(FlamencoSettings settings, int port) {
        FlamencoSettings initial = settings.copy();
        FlamencoSettings live = initial.copy();
        FlamencoState state = new FlamencoState(live);
        EmulatorServer server = EmulatorServer.start("flamenco", port, new FlamencoRouter(state));
        return new FlamencoEmulator(initial, live, state, server);
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    @Override
    public String url() {
        return server().baseUrl();
    }

    /** The live settings; a change applies from the next request on. */
    public FlamencoSettings settings() {
        return settings;
    }

    public FlamencoState state() {
        return state;
    }

    @Override
    protected void restoreStateAndSettings() {
        settings.copyFrom(initial);
        state.seed();
    }
}
