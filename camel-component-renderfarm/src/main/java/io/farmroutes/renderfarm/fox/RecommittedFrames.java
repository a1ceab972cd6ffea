package io.farmroutes.renderfarm.fox;

import java.util.List;

/**
 * The result of {@code frame/recommitByNumber}: the frames sent back to render, and the frame numbers that
 * matched no frame of the task (Fox compares them as written, without expanding ranges).
 */
public record RecommittedFrames(long taskId, List<Long> frameIds, List<String> unmatched) {

    public RecommittedFrames {
        frameIds = List.copyOf(frameIds);
        unmatched = List.copyOf(unmatched);
    }
}
