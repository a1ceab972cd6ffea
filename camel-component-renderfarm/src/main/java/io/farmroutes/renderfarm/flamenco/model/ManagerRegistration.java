package io.farmroutes.renderfarm.flamenco.model;

import io.farmroutes.spi.json.UnknownFields;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/** The uuid a manager is known by; the same caller address and port always get the same one. */
public record ManagerRegistration(String uuid, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ManagerRegistration {
        extra = UnknownFields.copy(extra);
    }
}
