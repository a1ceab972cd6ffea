package io.farmroutes.sandbox.fox;

import java.math.BigDecimal;

/** One frame of a task and its render history; guarded by the {@link FoxState} lock. */
final class FoxFrame {

    /** What one finished attempt costs, done or failed, in the account's currency. */
    static final BigDecimal FEE_PER_ATTEMPT = new BigDecimal("0.05");

    final long id;
    final long taskId;
    final int number;
    int status = FoxStatus.FRAME_WAITING;
    /** 0 for the first render; one more per re-submission. */
    int attempt;
    /** Start of the current (or last) attempt; null before the first start. */
    Long startMs;
    /** Planned end while rendering, actual end once settled; null before the first start. */
    Long endMs;
    BigDecimal fee = BigDecimal.ZERO;
    String node;

    FoxFrame(long id, long taskId, int number) {
        this.id = id;
        this.taskId = taskId;
        this.number = number;
    }

    String frameIndex() {
        return Integer.toString(number);
    }

    void start(long atMs, long frameMillis, int slot) {
        status = FoxStatus.FRAME_RENDERING;
        startMs = atMs;
        endMs = atMs + frameMillis;
        node = String.format("sandbox-node-%02d", slot + 1);
    }

    /** Ends the running attempt at its planned end. */
    void finish(boolean failed) {
        status = failed ? FoxStatus.FRAME_FAILED : FoxStatus.FRAME_DONE;
        fee = fee.add(FEE_PER_ATTEMPT);
    }

    /** Stops the frame; a running attempt ends now and is not charged. */
    void stop(long nowMs) {
        if (status == FoxStatus.FRAME_RENDERING) {
            endMs = nowMs;
        }
        status = FoxStatus.FRAME_STOPPED;
    }

    /** Puts the frame back in the queue for another attempt. */
    void recommit() {
        attempt++;
        status = FoxStatus.FRAME_WAITING;
    }

    /** Seconds the current or last attempt has run, as of {@code nowMs}; null before the first start. */
    Long executeSeconds(long nowMs) {
        if (startMs == null) {
            return null;
        }
        long end = status == FoxStatus.FRAME_RENDERING ? Math.min(nowMs, endMs) : endMs;
        return Math.max(0, end - startMs) / 1000;
    }
}
