package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The output storage id of one sub-account of the main account. */
public record SubUserOutputBid(Long userId, String outputBid, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SubUserOutputBid {
        extra = Copies.extra(extra);
    }
}
