package io.farmroutes.sandbox.flamenco;

import io.farmroutes.sandbox.EmulatorRequest;

import java.util.List;

/**
 * One request as an endpoint sees it.
 *
 * @param pathParams the values of the route's placeholders, decoded, in order
 * @param callerIp   the address the server sees the request come from
 */
record Call(EmulatorRequest request, List<String> pathParams, FlamencoArgs args, String callerIp, Session session) {

    Farm farm() {
        return session.farm();
    }

    JobControl control() {
        return session.control();
    }

    long now() {
        return session.nowMs();
    }

    boolean quirk(FlamencoQuirk q) {
        return session.quirk(q);
    }

    String pathParam(int index) {
        return pathParams.get(index);
    }

    /** An integer placeholder; one too large for a long names nothing, like any unknown id. */
    long idParam(int index) {
        try {
            return Long.parseLong(pathParams.get(index));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
