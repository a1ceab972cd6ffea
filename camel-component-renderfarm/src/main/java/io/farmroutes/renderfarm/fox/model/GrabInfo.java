package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The progress of one block of a frame; {@code grabUrl} is a path on farm storage, not a URL one can fetch. */
public record GrabInfo(String frameIndex, Integer frameStatus, Double framePercent, String grabUrl,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public GrabInfo {
        extra = Copies.extra(extra);
    }
}
