package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One custom label ("project") that tasks can be filed under. */
public record Project(Long projectId, String projectName, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Project {
        extra = Copies.extra(extra);
    }
}
