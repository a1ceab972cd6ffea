package io.farmroutes.benchmarks.tickets;

import java.util.List;

/**
 * What one tracker did with the same uploads: its checkTickets requests against the fewest possible, and how
 * long each ticket waited between becoming ready and being emitted.
 *
 * @param requests      checkTickets requests the emulator received during the run
 * @param fewest        the fewest checkTickets requests any tracker could have made, as the emulator counts them
 * @param readyAtFirst  tickets already ready the first time they were asked about
 * @param lagMillis     per ticket, emission time minus ready time, sorted
 */
record TrackerResult(String tracker, int requests, int fewest, int readyAtFirst, List<Long> lagMillis) {

    double ratioToFewest() {
        return (double) requests / fewest();
    }

    long lagPercentile(double fraction) {
        int rank = (int) Math.ceil(fraction * lagMillis.size());
        return lagMillis.get(Math.max(0, Math.min(lagMillis.size() - 1, rank - 1)));
    }

    long maxLag() {
        return lagMillis.get(lagMillis.size() - 1);
    }
}
