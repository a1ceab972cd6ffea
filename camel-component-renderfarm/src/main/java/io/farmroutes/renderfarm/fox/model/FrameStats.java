package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The account-wide frame counters from queryAllFrameStats. */
public record FrameStats(Long executingFramesTotal, Long doneFramesTotal, Long failedFramesTotal,
                         Long waitingFramesTotal, Long abandonFramesTotal, Long totalFrames,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public FrameStats {
        extra = Copies.extra(extra);
    }
}
