package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A worker as its manager reports it; the managers define the shape, so every field may be missing. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlamencoWorker(Long id, String hostname, String status, String connection, String system, Integer port,
                             String ipAddress, Object currentTask,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public FlamencoWorker {
        extra = UnknownFields.copy(extra);
    }

    /** Whether the worker holds no task, which is what makes its manager available for dispatch. */
    public boolean isIdle() {
        return currentTask == null || currentTask.toString().isBlank();
    }
}
