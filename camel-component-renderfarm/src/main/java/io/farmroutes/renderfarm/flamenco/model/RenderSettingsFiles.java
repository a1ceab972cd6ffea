package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The render settings files a job may name, from the directory of the server's own operating system. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RenderSettingsFiles(List<String> settingsFiles,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RenderSettingsFiles {
        settingsFiles = settingsFiles == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(settingsFiles));
        extra = UnknownFields.copy(extra);
    }
}
