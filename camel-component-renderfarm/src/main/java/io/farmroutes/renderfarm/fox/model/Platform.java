package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** A render cluster the account may submit to, as queryPlatforms lists it (e.g. 2 for W2). */
public record Platform(Integer platform, String name, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Platform {
        extra = Copies.extra(extra);
    }
}
