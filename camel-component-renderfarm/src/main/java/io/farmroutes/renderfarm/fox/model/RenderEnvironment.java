package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** A saved render environment (software version plus plugins) from getUserPluginConfig; osName 0 Linux, 1 Windows. */
public record RenderEnvironment(Integer cgId, String editName, String cgName, String cgVersion, Integer osName,
                                Integer renderLayerType, Integer isDefault, String projectPath, Integer isMainUserId,
                                List<PluginVersion> respUserPluginInfoVos,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RenderEnvironment {
        respUserPluginInfoVos = Copies.present(respUserPluginInfoVos);
        extra = Copies.extra(extra);
    }
}
