package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** A plugin of a DCC application with the versions the farm has installed. */
public record PluginFamily(Long cvId, String pluginName, List<PluginVersion> pluginVersions,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PluginFamily {
        pluginVersions = Copies.present(pluginVersions);
        extra = Copies.extra(extra);
    }
}
