package io.farmroutes.boinc.service;

import io.farmroutes.spi.util.Digests;

import java.util.Locale;

/** BOINC's password hash, md5(password + lower-cased email) in lower-case hex: the password never leaves the JVM. */
public final class PasswordHash {

    private PasswordHash() {
    }

    public static String of(String password, String email) {
        return Digests.md5Hex(password + email.toLowerCase(Locale.ROOT));
    }
}
