package io.farmroutes.sandbox.fox;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of one task for tests: status, flags and every frame.
 *
 * @param status   the task status of spec §13 (0 waiting, 5 rendering, 25 done, 30 done with failed frames …)
 * @param files    the configuration files uploaded with taskJsonFile, by file name
 * @param labels   label (project) names attached to the task
 * @param children ids of child tasks of a layered task; empty otherwise
 */
public record TaskView(long id, String alias, int status, boolean submitted, boolean deleted, int taskUserLevel,
                       Integer taskLimit, Integer overTimeSec, boolean fullSpeed, List<String> labels,
                       Map<String, String> files, List<FrameView> frames, List<Long> children) {

    /** The frames' statuses, in frame order. */
    public List<Integer> frameStatuses() {
        return frames.stream().map(FrameView::status).toList();
    }

    /** How many frames are in this status. */
    public long frames(int frameStatus) {
        return frames.stream().filter(f -> f.status() == frameStatus).count();
    }

    /**
     * One frame.
     *
     * @param recommits how many times the frame was put back for another attempt
     */
    public record FrameView(long id, String frameIndex, int status, int recommits) {
    }
}
