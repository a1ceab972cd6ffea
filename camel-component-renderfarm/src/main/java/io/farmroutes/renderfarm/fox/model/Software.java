package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One supported DCC application; {@code cgType} lists its scene file extensions separated by semicolons. */
public record Software(Integer cgId, String cgName, String cgType, String iconPath, Integer isNeedProjectPath,
                       Integer isNeedAnalyse, Integer isSupportLinux,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Software {
        extra = Copies.extra(extra);
    }
}
