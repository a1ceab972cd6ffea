package io.farmroutes.ipernity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pending upload tickets of a component, per token, each with the earliest time it may be asked about
 * again: uploads add their tickets, the checkTickets consumer asks only for due ones and drops finished ones.
 */
public final class TicketTracker {

    /** Tickets of uploads made without a token are impossible; this key only guards against nulls. */
    private static final String NO_TOKEN = "";

    private final Map<String, Map<String, Instant>> pending = new ConcurrentHashMap<>();

    /** A ticket that may be asked about, and since when: how long it has waited for a fuller batch. */
    public record Due(String ticket, Instant since) {
    }

    /** Starts tracking a ticket, due at once: the upload's answer carries no eta. */
    public void track(String authToken, String ticket) {
        pending.computeIfAbsent(key(authToken), k -> new ConcurrentHashMap<>()).putIfAbsent(ticket, Instant.now());
    }

    /** Tickets of this token that may be asked about at {@code now}, the longest due first. */
    public List<Due> due(String authToken, Instant now) {
        List<Due> due = new ArrayList<>();
        Map<String, Instant> tickets = pending.get(key(authToken));
        if (tickets != null) {
            tickets.forEach((ticket, at) -> {
                if (!at.isAfter(now)) {
                    due.add(new Due(ticket, at));
                }
            });
        }
        due.sort(Comparator.comparing(Due::since).thenComparing(Due::ticket));
        return due;
    }

    /** Not before {@code at}: the service's eta has not elapsed. */
    public void notBefore(String authToken, String ticket, Instant at) {
        Map<String, Instant> tickets = pending.get(key(authToken));
        if (tickets != null) {
            tickets.computeIfPresent(ticket, (k, old) -> at);
        }
    }

    /** The ticket is done or invalid: it is never asked about again. */
    public void finish(String authToken, String ticket) {
        Map<String, Instant> tickets = pending.get(key(authToken));
        if (tickets != null) {
            tickets.remove(ticket);
        }
    }

    /** How many tickets of this token are still pending. */
    public int pending(String authToken) {
        Map<String, Instant> tickets = pending.get(key(authToken));
        return tickets == null ? 0 : tickets.size();
    }

    private static String key(String authToken) {
        return authToken == null ? NO_TOKEN : authToken;
    }

    @Override
    public String toString() {
        // token values are the keys: never show them
        return "TicketTracker[" + pending.values().stream().mapToInt(Map::size).sum() + " pending]";
    }
}
