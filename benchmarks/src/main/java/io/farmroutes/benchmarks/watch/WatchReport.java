package io.farmroutes.benchmarks.watch;

import io.farmroutes.benchmarks.Section;
import io.farmroutes.benchmarks.Table;

import java.util.List;
import java.util.Locale;

/** Turns the sizes' figures into the section: goals at 10,000 tasks, a table per size, and the growth. */
final class WatchReport {

    /** Per-task cost may grow this much from 1,000 to 10,000 tasks and still be called linear (noise, JIT). */
    private static final double LINEAR_TOLERANCE = 1.5;

    private WatchReport() {
    }

    static Section section(List<SizeResult> results) {
        SizeResult smallest = results.get(0);
        SizeResult largest = results.get(results.size() - 1);
        Section section = new Section("Watching " + String.format(Locale.ROOT, "%,d", largest.tasks())
                + " active tasks");
        boolean everyPoll = largest.complete() && largest.failedPolls() == 0
                && largest.coveredPolls() == largest.polls();
        section.goal("every task polled every cycle (" + count(largest.tasks()) + ")",
                largest.coveredPolls() + " / " + largest.polls() + " polls asked the farm for every task exactly"
                + " once, in " + fixed(largest.requestsPerPoll(), 0) + " requests each; slowest poll "
                + fixed(largest.maxMs(), 0) + " ms of a " + WatchBenchmark.PERIOD_MS + " ms period", everyPoll);
        double heap = Math.max(largest.liveHeapMb(), largest.maxHeapAfterGcMb());
        section.goal("heap ≤ 256 MB (" + count(largest.tasks()) + ")", "ran under " + WatchBenchmark.HEAP
                + "; live heap " + fixed(largest.liveHeapMb(), 1) + " MB at the end, at most "
                + fixed(largest.maxHeapAfterGcMb(), 1) + " MB after a collection", largest.complete() && heap <= 256);
        double cores = largest.coresAt(WatchBenchmark.PERIOD_MS);
        section.goal("≤ 1 core (" + count(largest.tasks()) + ", at the scaled period)",
                fixed(cores, 3) + " cores at " + WatchBenchmark.PERIOD_MS + " ms (" + fixed(largest.cpuMsPerPoll(), 0)
                + " ms CPU per poll); " + fixed(largest.coresAt(WatchBenchmark.REAL_PERIOD_MS), 4)
                + " at the real 30 s", cores <= 1);

        section.add("The component's own `renderfarm:task/watch` (provider Fox) follows exactly the given tasks"
                + " through `watchTaskSource=#bean`, as the pipeline does, and reads them with `task/info`"
                + " (`queryTaskInfo/v2`, 100 ids a request, 8 requests in flight at a time). The 30 s cycle is scaled by " + WatchBenchmark.SCALE
                + " to a " + WatchBenchmark.PERIOD_MS + " ms fixed-rate period (`useFixedDelay=false`); each poll is"
                + " timed by a `pollStrategy` bean around it. The node runs in its own JVM with `"
                + WatchBenchmark.HEAP + "`; the Fox emulator (in the parent) holds the tasks rendering "
                + WatchBenchmark.FRAMES_PER_TASK + " frames of " + WatchBenchmark.FRAME_TIME.toSeconds()
                + " s, four at a time, staggered so that about a tenth of them finish frames between two polls."
                + " Each size: a fresh emulator and node, " + WatchBenchmark.WARM_UP_POLLS + " warm-up polls (the"
                + " first emits every task once, counted apart) and " + WatchBenchmark.MEASURED_POLLS
                + " measured polls; CPU is the node's whole process (GC and compiler threads included) over the"
                + " measured polls' periods."
                + " Coverage is checked on the farm's side: the `taskIds` of every `queryTaskInfo/v2` request the"
                + " emulator received during a poll's window, each task exactly once (warm-up polls included).");
        section.add("The watcher emits progress (`watchProgress=true`): that is what the pipeline's progress route"
                + " uses, since a studio following 10,000 tasks wants frames done and failed as they move, not only"
                + " the few status changes; it is also the heavier choice, as every task that finished a frame is"
                + " emitted. The route only counts what it is sent.");

        Table table = new Table("tasks", "polls covered", "requests / poll", "median poll (ms)", "max poll (ms)",
                "CPU / poll (ms)", "cores at " + WatchBenchmark.PERIOD_MS + " ms", "cores at 30 s",
                "live heap (MB)", "max heap after GC (MB)", "initial emissions", "changes / poll");
        for (SizeResult r : results) {
            table.add(count(r.tasks()), r.coveredPolls() + " / " + r.polls(), fixed(r.requestsPerPoll(), 0),
                    fixed(r.medianMs(), 0), fixed(r.maxMs(), 0), fixed(r.cpuMsPerPoll(), 0),
                    fixed(r.coresAt(WatchBenchmark.PERIOD_MS), 3), fixed(r.coresAt(WatchBenchmark.REAL_PERIOD_MS), 4),
                    fixed(r.liveHeapMb(), 1), fixed(r.maxHeapAfterGcMb(), 1), count(r.initialEmitted()),
                    fixed(r.emittedPerPoll(), 0));
        }
        section.add(table);

        double sizeRatio = (double) largest.tasks() / smallest.tasks();
        double timeRatio = largest.medianMs() / smallest.medianMs();
        double perTask = timeRatio / sizeRatio;
        double cpuPerTask = largest.cpuMsPerPoll() / smallest.cpuMsPerPoll() / sizeRatio;
        String shape = perTask <= LINEAR_TOLERANCE && cpuPerTask <= LINEAR_TOLERANCE ? "linear (or better)"
                : "worse than linear";
        section.add("Growth from " + count(smallest.tasks()) + " to " + count(largest.tasks()) + " tasks ("
                + fixed(sizeRatio, 0) + "×): the median poll takes " + fixed(timeRatio, 2) + "× as long, so "
                + fixed(perTask, 2) + "× the time per task; CPU per poll grows " + fixed(cpuPerTask * sizeRatio, 2)
                + "×, " + fixed(cpuPerTask, 2) + "× per task: " + shape + ". Per task the larger sizes cost less"
                + " because part of each poll does not grow with the tasks (the schedule, the young JVM's"
                + " compilation and collections); the marginal cost is "
                + fixed((largest.cpuMsPerPoll() - smallest.cpuMsPerPoll()) * 1000 / (largest.tasks() - smallest.tasks()), 0)
                + " µs of CPU per task and poll.");
        return section;
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String count(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
