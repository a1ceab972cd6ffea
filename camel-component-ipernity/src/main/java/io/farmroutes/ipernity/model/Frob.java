package io.farmroutes.ipernity.model;

/** A single-use frob from auth.getFrob, to be approved by the user and exchanged with auth.getToken. */
public record Frob(String value) {
}
