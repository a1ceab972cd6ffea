package io.farmroutes.benchmarks.watch;

import io.farmroutes.benchmarks.Quantiles;

import java.util.Arrays;
import java.util.List;

/**
 * One size's figures, from the node's polls (after the warm-up) and the farm's view of them.
 *
 * @param polls          every poll, warm-up included, checked on the farm's side
 * @param coveredPolls   polls in which every task was asked for exactly once
 * @param cpuMsPerPoll   the node's process CPU over the measured polls (one period each), per poll
 * @param maxHeapAfterGcMb the largest heap-after-collection sampled at the end of each measured poll
 * @param initialEmitted what the first poll emitted: every task, seen for the first time
 */
record SizeResult(int tasks, int polls, int coveredPolls, double requestsPerPoll, double medianMs, double maxMs,
                  double cpuMsPerPoll, double liveHeapMb, double maxHeapAfterGcMb, int initialEmitted,
                  double emittedPerPoll, boolean complete, int failedPolls) {

    static SizeResult of(int tasks, List<WatchCycles.Cycle> cycles, List<PollCoverage.PolledCycle> coverage,
                         int warmUp, double liveHeapMb, boolean complete) {
        List<WatchCycles.Cycle> measured = cycles.size() > warmUp ? cycles.subList(warmUp, cycles.size()) : List.of();
        double[] ms = measured.stream().mapToDouble(c -> c.nanos() / 1e6).sorted().toArray();
        double median = Quantiles.median(Arrays.stream(ms).boxed().toList());
        double max = ms.length == 0 ? Double.NaN : ms[ms.length - 1];
        double cpu = measured.isEmpty() ? Double.NaN
                : (measured.get(measured.size() - 1).cpuNanosAfter() - cycles.get(warmUp - 1).cpuNanosAfter())
                  / 1e6 / measured.size();
        double heap = measured.stream().mapToDouble(WatchCycles.Cycle::heapAfterLastGcMb).max().orElse(Double.NaN);
        int initial = cycles.isEmpty() ? 0 : cycles.get(0).emitted();
        double emitted = measured.stream().mapToInt(WatchCycles.Cycle::emitted).average().orElse(Double.NaN);
        int covered = (int) coverage.stream().filter(PollCoverage.PolledCycle::everyTaskOnce).count();
        double requests = coverage.stream().mapToInt(PollCoverage.PolledCycle::requests).average().orElse(0);
        int failed = (int) cycles.stream().filter(c -> c.failure() != null).count();
        return new SizeResult(tasks, cycles.size(), covered, requests, median, max, cpu, liveHeapMb, heap, initial,
                emitted, complete, failed);
    }

    /** Cores the node keeps busy at a period: its CPU per poll over the period. */
    double coresAt(long periodMs) {
        return cpuMsPerPoll / periodMs;
    }
}
