package io.farmroutes.boinc.model;

/**
 * The answer of lookup_account: whether the account exists and, when a correct password hash was given,
 * its authenticator (null for a bare existence probe).
 */
public record AccountLookup(boolean exists, AccountKey accountKey) {
}
