package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The name under which addUserPluginConfig stored a new render environment. */
public record EnvironmentName(String editName, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public EnvironmentName {
        extra = Copies.extra(extra);
    }
}
