package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The job object of job/create, job/get and job/command. The server leaves {@code jobName} null here (job/list
 * has it) and sends {@code priority} as text; both are read as they come.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlamencoJob(Long id, Long projectId, Integer frameStart, Integer frameEnd, Integer chunkSize,
                          Integer currentFrame, String filepath, String jobName, String renderSettings, String format,
                          String status, Integer priority,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public FlamencoJob {
        extra = UnknownFields.copy(extra);
    }
}
