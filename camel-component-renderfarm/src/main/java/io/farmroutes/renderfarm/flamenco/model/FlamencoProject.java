package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A Flamenco project: where its files and renders live per operating system. {@code isActive} is only in the
 * single-project reply; in project/list the id comes from the key the server lists it under.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FlamencoProject(Long id, String name, String pathServer, String pathLinux, String pathWin,
                              String pathOsx, String renderPathServer, String renderPathLinux, String renderPathWin,
                              String renderPathOsx, Boolean isActive,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public FlamencoProject {
        extra = UnknownFields.copy(extra);
    }
}
