package com.acme.farm.emulator;

/** An error the emulator answers with Acme's envelope: the HTTP status, Acme's code and a message. */
final class EmulatorError extends RuntimeException {

    private final int status;
    private final String code;

    EmulatorError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
