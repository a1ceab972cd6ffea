package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A job as job/list shows it: with its name and progress, which the single-job reply lacks. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlamencoJobSummary(Long id, String jobName, Integer frameStart, Integer frameEnd, Integer currentFrame,
                                 String status, Double percentageDone, String renderSettings, String format,
                                 @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public FlamencoJobSummary {
        extra = UnknownFields.copy(extra);
    }
}
