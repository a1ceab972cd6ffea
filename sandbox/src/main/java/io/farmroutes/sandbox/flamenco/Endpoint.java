package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorResponse;

/** The handler of one verb on one route. */
@FunctionalInterface
interface Endpoint {

    /** Runs under the state lock; a {@link FlamencoFailure} carries a ready reply. */
    EmulatorResponse handle(Call call);
}
