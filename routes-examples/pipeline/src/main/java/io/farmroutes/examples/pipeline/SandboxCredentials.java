package io.farmroutes.examples.pipeline;

import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.sandbox.ipernity.IpernityState;
import io.farmroutes.spi.util.Redaction;

/**
 * The credentials the emulators accept and the studio uses against them: the sandbox's seeded ones by default,
 * others where a run must tell its secrets apart from everything else it prints (the secrets tests).
 */
record SandboxCredentials(String foxAccessId, String foxAccessKey, String ipernityApiKey, String ipernityApiSecret) {

    static SandboxCredentials seeded() {
        return new SandboxCredentials(FoxState.ACCESS_ID, FoxState.ACCESS_KEY, IpernityState.API_KEY,
                IpernityState.API_SECRET);
    }

    /** A record would print the key and the secrets. */
    @Override
    public String toString() {
        return "SandboxCredentials[foxAccessId=" + foxAccessId + ", foxAccessKey=" + Redaction.mask(foxAccessKey)
                + ", ipernityApiKey=" + Redaction.mask(ipernityApiKey) + ", ipernityApiSecret="
                + Redaction.mask(ipernityApiSecret) + "]";
    }
}
