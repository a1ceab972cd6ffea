package io.farmroutes.sandbox.renderfarmfi;

/** How the oauth.* endpoints write tokens and problems: the spec leaves it open and clients must accept both. */
public enum TokenReplyFormat {
    /** {@code oauth_token=…&oauth_token_secret=…}, as {@code application/x-www-form-urlencoded}. */
    FORM,
    /** An XML-RPC {@code methodResponse} whose value is a struct with the same members. */
    XMLRPC
}
