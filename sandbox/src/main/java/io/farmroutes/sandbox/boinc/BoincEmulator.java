package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.ServerEmulator;
import io.farmroutes.sandbox.EmulatorServer;
import java.util.concurrent.atomic.AtomicReference;

/** A BOINC project web site on 127.0.0.1 serving the Web RPCs of specs/boinc.md, seeded with sample data. */
public final class BoincEmulator extends ServerEmulator {

    private final BoincSettings initial;
    private final BoincSettings settings;
    private final BoincState state;

    private BoincEmulator(BoincSettings initial, BoincSettings settings, BoincState state, EmulatorServer server) {
        super(server);
        this.initial = initial;
        this.settings = settings;
        this.state = state;
    }

    /** Default settings (1.6 release, 5 s lookup delay), seed data, ephemeral port. */
    public static BoincEmulator start() {
        return start(new BoincSettings());
    }

    /** These settings (copied: {@link #reset()} returns to them), seed data, ephemeral port. */
    public static BoincEmulator start(BoincSettings settings) {
        return start(settings, 0);
    }

    /** As {@link #start(BoincSettings)} on a given port (0 = ephemeral). */
    public static BoincEmulator start(BoincSettings settings, int port) {
        BoincSettings initial = settings.snapshot();
        BoincSettings live = initial.snapshot();
        BoincState state = new BoincState();
        BoincSeed.seed(state);
        // The router needs the master URL, which is known only once the port is bound.
        AtomicReference<String> master = new AtomicReference<>();
        EmulatorServer server = EmulatorServer.start("boinc", port, new BoincRouter(live, state, master::get));
        master.set(server.baseUrl() + "/");
        return new BoincEmulator(initial, live, state, server);
    }

    /** E.g. {@code http://127.0.0.1:41234/}, with the trailing slash. */
    public String masterUrl() {
        return server().baseUrl() + "/";
    }

    /** Where the RPC scripts live now: the master URL, or {@code <master>rpc/} with separateRpcBase. */
    public String rpcBaseUrl() {
        return BoincRouter.rpcBase(masterUrl(), settings);
    }

    /** The live settings; a change applies from the next request on. */
    public BoincSettings settings() {
        return settings;
    }

    public BoincState state() {
        return state;
    }

    @Override
    protected void restoreStateAndSettings() {
        state.locked(() -> {
            BoincSeed.seed(state);
            return null;
        });
        settings.copyFrom(initial);
    }

    /** The master URL. */
    @Override
    public String url() {
        return masterUrl();
    }
}
