package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** The versions of one DCC application and the plugins available for it, from querySoftwareDetail. */
public record SoftwareDetail(List<PluginFamily> cgPlugin, List<SoftwareVersion> cgVersion,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SoftwareDetail {
        cgPlugin = Copies.present(cgPlugin);
        cgVersion = Copies.present(cgVersion);
        extra = Copies.extra(extra);
    }
}
