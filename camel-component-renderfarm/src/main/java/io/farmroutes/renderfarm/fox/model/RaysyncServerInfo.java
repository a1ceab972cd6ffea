package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** Where the Raysync transfer engine connects, from getServerInfo. */
public record RaysyncServerInfo(String clientVersion, String protocolVersion, RaysyncTransfer raysyncTransfer,
                                @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RaysyncServerInfo {
        extra = Copies.extra(extra);
    }
}
