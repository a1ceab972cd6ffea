package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** The block-by-block progress picture of a 3ds Max task, from loadTaskProcessImg. */
public record TaskProgress(Integer width, Integer height, Integer block, Boolean isRenderPhoton,
                           String currentTaskType, String sceneName, String startTime, String endTime,
                           List<List<GrabInfo>> grabInfo, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TaskProgress {
        // currentTaskType and the times are text because the SDK's sample sends "Render" and "yyyy-MM-dd HH:mm:ss".
        // Missing until the first block has been grabbed; inner lists are copied as they come.
        grabInfo = Copies.nullable(grabInfo);
        extra = Copies.extra(extra);
    }
}
