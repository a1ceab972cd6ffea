package io.farmroutes.spi.operation;

/** Where a parameter travels in the request. */
public enum ParamLocation {
    QUERY,
    FORM,
    JSON_BODY,
    PATH,
    MULTIPART,
    XMLRPC_ARG,
    HEADER,
    COOKIE,
    /** Consumed by the client itself (a password that becomes a hash, a composed operation's input). */
    CLIENT
}
