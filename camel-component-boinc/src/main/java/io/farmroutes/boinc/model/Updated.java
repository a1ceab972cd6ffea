package io.farmroutes.boinc.model;

/** The server confirmed an update RPC. */
public record Updated(String endpoint) {
}
