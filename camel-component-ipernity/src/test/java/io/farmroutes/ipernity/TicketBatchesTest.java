package io.farmroutes.ipernity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketBatchesTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    /** {@code count} tickets, longest due first, the first due at T0 and one more every millisecond. */
    private static List<TicketTracker.Due> due(int count) {
        List<TicketTracker.Due> due = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            due.add(new TicketTracker.Due("t" + i, T0.plusMillis(i)));
        }
        return due;
    }

    @Test
    void fewerThanABatchWaitUntilTheLongestDueHasWaitedTheBatchWait() {
        TicketBatches batches = new TicketBatches(50, Duration.ofMillis(1000));
        assertTrue(batches.toAsk(due(7), T0.plusMillis(999)).isEmpty());
        assertEquals(7, batches.toAsk(due(7), T0.plusMillis(1000)).size());
    }

    @Test
    void wholeBatchesGoAtOnceLongestDueFirstAndTheRestWaits() {
        TicketBatches batches = new TicketBatches(50, Duration.ofMillis(1000));
        List<String> now = batches.toAsk(due(120), T0.plusMillis(500));
        assertEquals(100, now.size());
        assertEquals("t0", now.get(0));
        assertEquals("t99", now.get(99));
        // the rest waits from its own longest due (t100, due at T0 + 100 ms), not from t0
        assertEquals(100, batches.toAsk(due(120), T0.plusMillis(1099)).size());
        assertEquals(120, batches.toAsk(due(120), T0.plusMillis(1100)).size());
    }

    @Test
    void noBatchWaitAsksAboutEveryDueTicket() {
        TicketBatches batches = new TicketBatches(50, Duration.ZERO);
        assertEquals(7, batches.toAsk(due(7), T0).size());
        assertTrue(batches.toAsk(List.of(), T0).isEmpty());
        assertEquals(7, new TicketBatches(50, Duration.ofMillis(-5)).toAsk(due(7), T0).size());
    }

    @Test
    void batchSizeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new TicketBatches(0, Duration.ZERO));
    }
}
