package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One installed version of a DCC application, e.g. Maya 2020. */
public record SoftwareVersion(Long id, Integer cgId, String cgName, String cgVersion,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SoftwareVersion {
        extra = Copies.extra(extra);
    }
}
