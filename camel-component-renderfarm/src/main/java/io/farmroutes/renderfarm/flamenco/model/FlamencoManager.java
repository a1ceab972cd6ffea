package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A site manager; {@code connection} is probed by the server on every list. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlamencoManager(Long id, String name, String ipAddress, Integer port, String connection,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public FlamencoManager {
        extra = UnknownFields.copy(extra);
    }

    public boolean isOnline() {
        return "online".equalsIgnoreCase(connection);
    }
}
