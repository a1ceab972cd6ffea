package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The login of a transfer engine for one storage id; the password is a credential and never printed. */
public record EngineAccount(String bid, String name, String password,
                            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public EngineAccount {
        extra = Copies.extra(extra);
    }

    @Override
    public String toString() {
        return "EngineAccount[bid=" + bid + ", name=" + name + ", password=" + (password == null ? null : "****")
                + ", extra=" + extra + "]";
    }
}
