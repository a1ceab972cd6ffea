package io.farmroutes.renderfarm.renderfarmfi.model;

/** A content licence as a session names it, e.g. a Creative Commons licence and its URL. */
public record License(String name, String url) {
}
