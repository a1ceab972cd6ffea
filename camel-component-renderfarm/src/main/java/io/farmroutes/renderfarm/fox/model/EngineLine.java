package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One network line (server and port) of a transfer engine. */
public record EngineLine(String name, String server, String port, Integer isDefault, Long lineId,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public EngineLine {
        extra = Copies.extra(extra);
    }
}
