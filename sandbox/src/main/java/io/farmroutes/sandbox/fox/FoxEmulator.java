package io.farmroutes.sandbox.fox;

import io.farmroutes.sandbox.EmulatorServer;
import io.farmroutes.sandbox.ServerEmulator;

import java.util.Map;

/** The Fox Renderfarm (rayvision) render API on 127.0.0.1 (specs/fox-renderfarm.md §15), with a seeded account. */
public final class FoxEmulator extends ServerEmulator {

    private final FoxSettings initial;
    private final FoxSettings settings;
    private final FoxState state;
    private final FoxOperations operations;

    private FoxEmulator(FoxSettings initial, FoxSettings settings, FoxState state, FoxOperations operations,
                        EmulatorServer server) {
        super(server);
        this.initial = initial;
        this.settings = settings;
        this.state = state;
        this.operations = operations;
    }

    /** Default settings (2 s frames, four at a time, 10 % first-attempt failures), seed data, ephemeral port. */
    public static FoxEmulator start() {
        return start(new FoxSettings(), 0);
    }

    /** These settings (copied: {@link #reset()} returns to them) on a port (0 = ephemeral). */
    public static FoxEmulator start(FoxSettings settings, int port) {
        FoxSettings initial = settings.snapshot();
        FoxSettings live = initial.snapshot();
        FoxState state = new FoxState(live);
        FoxOperations operations = new FoxOperations(state);
        EmulatorServer server = EmulatorServer.start("fox", port, new FoxRouter(state, live, operations));
        return new FoxEmulator(initial, live, state, operations, server);
    }

    /** What a client configures as its domain: {@code 127.0.0.1:<port>}; it calls {@code http://<domain><path>}. */
    public String domain() {
        return "127.0.0.1:" + port();
    }

    /** E.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    @Override
    public String url() {
        return server().baseUrl();
    }

    public String accessId() {
        return FoxState.ACCESS_ID;
    }

    public String accessKey() {
        return FoxState.ACCESS_KEY;
    }

    /** The seeded account's platform (2, W2). */
    public int platform() {
        return FoxState.PLATFORM;
    }

    public long userId() {
        return FoxState.USER_ID;
    }

    /** The live settings; a change applies from the next request on. */
    public FoxSettings settings() {
        return settings;
    }

    public FoxState state() {
        return state;
    }

    /** Every served path (SDK paths, documentation aliases, optional extras) → operation name. */
    public Map<String, String> operationPaths() {
        return operations.paths();
    }

    @Override
    protected void restoreStateAndSettings() {
        settings.copyFrom(initial);
        state.seed();
    }
}
