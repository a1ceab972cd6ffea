package io.farmroutes.sandbox.boinc;

import io.farmroutes.sandbox.EmulatorResponse;

/**
 * Ends a script early with a finished reply, the way PHP's {@code exit} ends a BOINC script half-way
 * through its output; it keeps each emulated script as linear as the original.
 */
final class BoincExit extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EmulatorResponse response;

    BoincExit(EmulatorResponse response) {
        super(null, null, false, false);
        this.response = response;
    }

    EmulatorResponse response() {
        return response;
    }
}
