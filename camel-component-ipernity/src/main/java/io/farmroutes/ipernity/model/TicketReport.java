package io.farmroutes.ipernity.model;

import java.util.List;
import java.util.Optional;

/**
 * upload.checkTickets: overall counts and the longest eta (seconds), and each ticket's status. When more than
 * 50 tickets were asked for, the answers of the several calls are merged.
 */
public record TicketReport(int count, int done, int invalid, int left, long eta, List<TicketStatus> tickets) {

    public TicketReport {
        tickets = List.copyOf(tickets);
    }

    public Optional<TicketStatus> ticket(String id) {
        return tickets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Merges the reports of several chunks of one request. */
    public static TicketReport merge(List<TicketReport> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int count = 0;
        int done = 0;
        int invalid = 0;
        int left = 0;
        long eta = 0;
        List<TicketStatus> all = new java.util.ArrayList<>();
        for (TicketReport p : parts) {
            count += p.count;
            done += p.done;
            invalid += p.invalid;
            left += p.left;
            eta = Math.max(eta, p.eta);
            all.addAll(p.tickets);
        }
        return new TicketReport(count, done, invalid, left, eta, all);
    }
}
