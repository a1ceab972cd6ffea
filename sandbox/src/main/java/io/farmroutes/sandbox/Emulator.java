package io.farmroutes.sandbox;

/** What every service emulator offers, so that launchers and tests can treat them alike. */
public interface Emulator extends AutoCloseable {

    /** The service name, e.g. {@code boinc}. */
    String name();

    /** The URL a client is configured with (for BOINC the master URL, ending in '/'). */
    String url();

    RequestLedger ledger();

    Faults faults();

    /** Restores seed data and start settings, clears the ledger and turns faults off. */
    void reset();

    /** Stops the emulator; never throws. */
    @Override
    void close();
}
