package io.farmroutes.sandbox;

/** The part every emulator shares: its HTTP server, ledger, faults and lifecycle. */
public abstract class ServerEmulator implements Emulator {

    private final EmulatorServer server;

    protected ServerEmulator(EmulatorServer server) {
        this.server = server;
    }

    protected EmulatorServer server() {
        return server;
    }

    @Override
    public String name() {
        return server.name();
    }

    public int port() {
        return server.port();
    }

    @Override
    public RequestLedger ledger() {
        return server.ledger();
    }

    @Override
    public Faults faults() {
        return server.faults();
    }

    @Override
    public final void reset() {
        restoreStateAndSettings();
        server.faults().clear();
        server.ledger().clear();
    }

    /** Puts seed data and the start settings back. */
    protected abstract void restoreStateAndSettings();

    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + url() + "]";
    }
}
