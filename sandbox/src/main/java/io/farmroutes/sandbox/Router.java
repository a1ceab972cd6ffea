package io.farmroutes.sandbox;

/** Turns a request into a reply; the emulator's whole behaviour sits behind this one method. */
@FunctionalInterface
public interface Router {

    /**
     * Handles one request. Called concurrently from several worker threads. A runtime exception
     * becomes an HTTP 500 with an empty body.
     */
    EmulatorResponse route(EmulatorRequest request);
}
