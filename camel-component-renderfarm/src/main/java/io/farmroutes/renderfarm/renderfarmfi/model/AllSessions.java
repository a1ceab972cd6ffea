package io.farmroutes.renderfarm.renderfarmfi.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The user's sessions by state, each map keyed by session id; a category the service left out is empty. */
public record AllSessions(Map<Integer, SessionSummary> accept, Map<Integer, SessionSummary> active,
                          Map<Integer, SessionSummary> completed) {

    public AllSessions {
        accept = sorted(accept);
        active = sorted(active);
        completed = sorted(completed);
    }

    private static Map<Integer, SessionSummary> sorted(Map<Integer, SessionSummary> sessions) {
        return sessions == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sessions));
    }

    public Map<Integer, SessionSummary> in(SessionState state) {
        return switch (state) {
            case ACCEPT -> accept;
            case ACTIVE -> active;
            case COMPLETED -> completed;
        };
    }

    /** Every session, the most advanced state first, then by id. */
    public List<SessionSummary> all() {
        List<SessionSummary> all = new ArrayList<>(completed.values());
        all.addAll(active.values());
        all.addAll(accept.values());
        return List.copyOf(all);
    }
}
