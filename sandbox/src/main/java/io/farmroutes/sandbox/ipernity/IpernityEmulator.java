package io.farmroutes.sandbox.ipernity;

import io.farmroutes.sandbox.ServerEmulator;
import io.farmroutes.sandbox.EmulatorServer;

import java.util.Map;

/** The ipernity API on 127.0.0.1 (specs/ipernity.md §11), with the spec's example application and a user. */
public final class IpernityEmulator extends ServerEmulator {

    private final IpernitySettings initial;
    private final IpernitySettings settings;
    private final IpernityState state;

    private IpernityEmulator(IpernitySettings initial, IpernitySettings settings, IpernityState state,
                             EmulatorServer server) {
        super(server);
        this.initial = initial;
        this.settings = settings;
        this.state = state;
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
        return server().baseUrl() + IpernityRouter.PREFIX;
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
    protected void restoreStateAndSettings() {
        state.seed();
        settings.copyFrom(initial);
    }

    @Override
    public String url() {
        return baseUrl();
    }
}
