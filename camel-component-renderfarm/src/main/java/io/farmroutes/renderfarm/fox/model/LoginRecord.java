package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One entry of the SDK-only login history (loginRecord); the fields are undocumented, extra keeps all. */
public record LoginRecord(Long id, Long userId, String userName, String loginTime, String ip, String address,
                          String loginType, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LoginRecord {
        // The fields are a best guess; loginTime stays text because nobody documents its format.
        extra = Copies.extra(extra);
    }
}
