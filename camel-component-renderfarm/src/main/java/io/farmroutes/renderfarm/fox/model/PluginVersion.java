package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One installed plugin version; {@code pluginId} is what a render environment's {@code pluginIds} names. */
public record PluginVersion(Long pluginId, String pluginName, String pluginVersion,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PluginVersion {
        extra = Copies.extra(extra);
    }
}
