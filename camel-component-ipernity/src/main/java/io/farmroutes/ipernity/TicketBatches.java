package io.farmroutes.ipernity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which of the due tickets to ask about now: whole requests of {@code batchSize}, and the rest only once the
 * longest due of them has waited {@code batchWait}. Tickets that come due in the meantime join the rest, so a
 * trickle of uploads is asked about in few full requests while no ticket waits longer than batchWait.
 */
final class TicketBatches {

    private final int batchSize;
    private final Duration batchWait;

    TicketBatches(int batchSize, Duration batchWait) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        this.batchWait = batchWait.isNegative() ? Duration.ZERO : batchWait;
    }

    /** The tickets to ask about at {@code now}, from {@code due} (longest due first); empty to wait. */
    List<String> toAsk(List<TicketTracker.Due> due, Instant now) {
        int whole = due.size() - due.size() % batchSize;
        int count = whole;
        if (whole < due.size() && !due.get(whole).since().plus(batchWait).isAfter(now)) {
            count = due.size();
        }
        return due.subList(0, count).stream().map(TicketTracker.Due::ticket).toList();
    }
}
