package io.farmroutes.boinc.model;

/** An account's authenticator, the credential of the account-key RPCs; never shown by {@code toString()}. */
public record AccountKey(String value) {

    @Override
    public String toString() {
        return "AccountKey[****]";
    }
}
