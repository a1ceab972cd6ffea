package io.farmroutes.sandbox.renderfarmfi;

import io.farmroutes.sandbox.EmulatorServer;
import io.farmroutes.sandbox.ServerEmulator;

/**
 * The Renderfarm.fi XML-RPC API with its OAuth 1.0 provider on 127.0.0.1 (specs/renderfarm-fi.md §10), with a
 * seeded consumer, user, access token and sessions.
 */
public final class RenderfarmFiEmulator extends ServerEmulator {

    /** The emulator's name in launchers and logs. */
    public static final String NAME = "renderfarmfi";

    private final RenderfarmFiSettings initial;
    private final RenderfarmFiSettings settings;
    private final RenderfarmFiState state;

    private RenderfarmFiEmulator(RenderfarmFiSettings initial, RenderfarmFiSettings settings, RenderfarmFiState state,
                                 EmulatorServer server) {
        super(server);
        this.initial = initial;
        this.settings = settings;
        this.state = state;
    }

    /** Default settings, seed data, an ephemeral port. */
    public static RenderfarmFiEmulator start() {
        return start(new RenderfarmFiSettings(), 0);
    }

    /** These settings (copied: {@link #reset()} returns to them) on a port (0 = ephemeral). */
    public static RenderfarmFiEmulator start(RenderfarmFiSettings settings, int port) {
        RenderfarmFiSettings initial = settings.copy();
        RenderfarmFiSettings live = initial.copy();
        RenderfarmFiState state = new RenderfarmFiState(live);
        EmulatorServer server = EmulatorServer.start(NAME, port, new RenderfarmFiRouter(state, live));
        return new RenderfarmFiEmulator(initial, live, state, server);
    }

    /** E.g. {@code http://127.0.0.1:41234}; a method's URL is this, '/' and the method name. */
    @Override
    public String url() {
        return server().baseUrl();
    }

    /** E.g. {@code http://127.0.0.1:41234/user.getAllSessions}. */
    public String methodUrl(String method) {
        return url() + "/" + method;
    }

    public String consumerKey() {
        return RenderfarmFiState.CONSUMER_KEY;
    }

    public String consumerSecret() {
        return RenderfarmFiState.CONSUMER_SECRET;
    }

    /** The seeded user's access token, issued to the seeded consumer. */
    public String accessToken() {
        return RenderfarmFiState.ACCESS_TOKEN;
    }

    public String accessTokenSecret() {
        return RenderfarmFiState.ACCESS_TOKEN_SECRET;
    }

    /** The live settings; a change applies from the next request on. */
    public RenderfarmFiSettings settings() {
        return settings;
    }

    public RenderfarmFiState state() {
        return state;
    }

    @Override
    protected void restoreStateAndSettings() {
        settings.copyFrom(initial);
        state.seed();
    }
}
