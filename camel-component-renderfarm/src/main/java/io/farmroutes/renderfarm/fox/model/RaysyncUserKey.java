package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The Raysync login of the account from getRaySyncUserKey; the key is a credential and never printed. */
public record RaysyncUserKey(String raySyncUserKey, String userName, Integer platform, Long id, Integer zone,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RaysyncUserKey {
        extra = Copies.extra(extra);
    }

    @Override
    public String toString() {
        return "RaysyncUserKey[raySyncUserKey=" + (raySyncUserKey == null ? null : "****") + ", userName=" + userName
                + ", platform=" + platform + ", id=" + id + ", zone=" + zone + ", extra=" + extra + "]";
    }
}
