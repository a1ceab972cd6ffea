package io.farmroutes.spi.oauth;

/** Where the protocol parameters travel (RFC 5849 §3.5); both sign the same way. */
public enum OAuthPlacement {
    /** {@code Authorization: OAuth …}, the RFC's preferred place. */
    HEADER,
    /** Added to the query string. */
    QUERY
}
