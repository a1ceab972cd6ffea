package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The server's settings: the seven that setting/update writes, and any others in {@code extra}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ServerSettings(String blenderPathLinux, String blenderPathWin, String blenderPathOsx,
                             String renderSettingsPathLinux, String renderSettingsPathWin,
                             String renderSettingsPathOsx, String activeProject,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ServerSettings {
        extra = UnknownFields.copy(extra);
    }
}
