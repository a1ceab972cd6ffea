package io.farmroutes.sandbox.flamenco;

import java.util.Set;

/**
 * What a request works with once it holds the state lock and the simulation has caught up with the clock.
 *
 * @param nowMs the moment the request is handled
 */
record Session(Farm farm, JobControl control, long nowMs, Set<FlamencoQuirk> quirks) {

    boolean quirk(FlamencoQuirk q) {
        return quirks.contains(q);
    }
}
