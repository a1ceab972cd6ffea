package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** A machine type the platform renders on (type 1 CPU, 2 GPU), from hardwareConfig/list. */
public record HardwareConfig(Long id, Integer type, String model, String ram, Integer gpuNum, Integer platform,
                             Boolean current, List<Integer> notSupportCgId, Integer status,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HardwareConfig {
        notSupportCgId = Copies.nullable(notSupportCgId);
        extra = Copies.extra(extra);
    }
}
