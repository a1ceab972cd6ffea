package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The Raysync server and proxy addresses and ports. */
public record RaysyncTransfer(String serverIp, Integer serverPort, String proxyIp, Integer proxyPort, Integer sslPort,
                              Integer port, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RaysyncTransfer {
        extra = Copies.extra(extra);
    }
}
