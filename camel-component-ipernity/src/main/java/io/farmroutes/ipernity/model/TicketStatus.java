package io.farmroutes.ipernity.model;

import java.util.Map;

/** One ticket's progress: done (with the new document's id), invalid, or pending for about {@code eta} seconds. */
public record TicketStatus(String id, boolean done, boolean invalid, String docId, long eta,
                           Map<String, Object> other) {

    public TicketStatus {
        other = other == null ? Map.of() : Map.copyOf(other);
    }

    /** Neither done nor invalid: worth asking again after {@link #eta()} seconds. */
    public boolean pending() {
        return !done && !invalid;
    }
}
