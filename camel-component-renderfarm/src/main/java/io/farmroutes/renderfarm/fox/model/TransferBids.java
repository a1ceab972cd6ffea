package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The storage ids from getBid, the one reply the farm sends in snake_case (camelCase is accepted as well). */
public record TransferBids(@JsonProperty("config_bid") @JsonAlias("configBid") String configBid,
                           @JsonProperty("input_bid") @JsonAlias("inputBid") String inputBid,
                           @JsonProperty("output_bid") @JsonAlias("outputBid") String outputBid,
                           @JsonProperty("parent_input_bid") @JsonAlias("parentInputBid") String parentInputBid,
                           @JsonProperty("sub_user_output_bids") @JsonAlias("subUserOutputBids")
                           List<SubUserOutputBid> subUserOutputBids,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TransferBids {
        // Accounts without sub-users get no list at all; keep that distinguishable from an empty one.
        subUserOutputBids = Copies.nullable(subUserOutputBids);
        extra = Copies.extra(extra);
    }
}
