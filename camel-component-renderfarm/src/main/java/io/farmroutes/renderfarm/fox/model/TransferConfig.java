package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** The transfer set-up from transfer/getConfig: storage ids and the engines (Raysync, Aspera) with their lines. */
public record TransferConfig(String inputBid, String outputBid, String configBid, String parentInputBid,
                             List<TransferEngine> resqEngines, List<SubUserOutputBid> subUserOutputBids,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TransferConfig {
        resqEngines = Copies.nullable(resqEngines);
        subUserOutputBids = Copies.nullable(subUserOutputBids);
        extra = Copies.extra(extra);
    }
}
