package io.farmroutes.sandbox.ipernity;

import io.farmroutes.sandbox.Emulator;
import io.farmroutes.sandbox.EmulatorServer;
import io.farmroutes.sandbox.Faults;
import io.farmroutes.sandbox.RequestLedger;

import java.util.Map;

/** The ipernity API on 127.0.0.1 (specs/ipernity.md §11), with the spec's example application and a user. */
public final class IpernityEmulator implements Emulator {

    private final IpernitySettings initial;
    private final IpernitySettings settings;
    private final IpernityState state;
    private final EmulatorServer server;

    private IpernityEmulator(IpernitySettings initial, IpernitySettings settings, IpernityState state,
                             EmulatorServer server) {
        this.initial = initial;
        this.settings = settings;
        this.state = state;
        this.server = server;
    }

    /** Default settings (30 s processing per upload), seed data, ephemeral port. */
    public static IpernityEmulator start() {
        return start(new IpernitySettings(), 0);
    }

    /** These settings (copied: {@link #reset()} returns to them) on a port (0 = ephemeral). */
    public static IpernityEmulator start(IpernitySettings settings, int port) {
        IpernitySettings initial = settings.snapshot();
        IpernitySettings live = initial.snapshot();
        IpernityState state = new IpernityState();
        EmulatorServer server = EmulatorServer.start("ipernity", port, new IpernityRouter(state, live));
        return new IpernityEmulator(initial, live, state, server);
    }

    /** The API base, e.g. {@code http://127.0.0.1:41234/api/}, with the trailing slash. */
    public String baseUrl() {
        return server.baseUrl() + IpernityRouter.PREFIX;
    }

    public String apiKey() {
        return IpernityState.API_KEY;
    }

    public String apiSecret() {
        return IpernityState.API_SECRET;
    }

    /** A token for the seed user, as if the user had approved these levels ({@code doc} → {@code write}). */
    public String issueToken(Map<String, String> permissions) {
        return state.issueToken(IpernityState.API_KEY, IpernityState.USER_ID, permissions).value();
    }

    /** What the authorize page does when the seed user approves a frob with these levels. */
    public boolean approveFrob(String frob, Map<String, String> permissions) {
        return state.approveFrob(frob, IpernityState.USER_ID, permissions);
    }

    /** The live settings; a change applies from the next request on. */
    public IpernitySettings settings() {
        return settings;
    }

    public IpernityState state() {
        return state;
    }

    @Override
    public RequestLedger ledger() {
        return server.ledger();
    }

    @Override
    public Faults faults() {
        return server.faults();
    }

    /** Restores the seed data and the settings given at start, clears the ledger and turns faults off. */
    public void reset() {
        state.seed();
        settings.copyFrom(initial);
        server.faults().clear();
        server.ledger().clear();
    }

    @Override
    public String name() {
        return "ipernity";
    }

    @Override
    public String url() {
        return baseUrl();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "IpernityEmulator[" + baseUrl() + "]";
    }
}
