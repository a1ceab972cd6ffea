package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A manager's worker count as the server stored it (null when it was never given). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManagerWorkers(Integer totalWorkers, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ManagerWorkers {
        extra = UnknownFields.copy(extra);
    }
}
