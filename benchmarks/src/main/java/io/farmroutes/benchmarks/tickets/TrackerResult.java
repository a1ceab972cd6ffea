package io.farmroutes.benchmarks.tickets;

import java.util.List;

/**
 * What one tracker did with the same uploads: its checkTickets requests against the fewest possible, and how
 * long each ticket waited between becoming ready and being emitted.
 *
 * @param requests      checkTickets requests the emulator received during the run
 * @param neededAnswers the least ticket answers any tracker needs: 1 per ticket found ready at its first ask,
 *                      else 2 (one to learn the eta, one once it has passed)
 * @param readyAtFirst  tickets already ready the first time they were asked about
 * @param lagMillis     per ticket, emission time minus ready time, sorted
 */
record TrackerResult(String tracker, int requests, int neededAnswers, int readyAtFirst, List<Long> lagMillis) {

    /** At most 50 tickets per request: the fewest requests that can carry {@link #neededAnswers()}. */
    int fewest() {
        return (neededAnswers + 49) / 50;
    }

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
