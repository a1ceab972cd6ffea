package io.farmroutes.renderfarm.renderfarmfi.model;

/** The outcome of user.attachSession: whether the session may now be read with community/getSession. */
public record SessionAttachment(boolean success) {
}
