package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;

/**
 * One transfer engine offered to the account. The check* fields are undocumented (servers send hosts and
 * ports as well as flags), so they are kept as text.
 */
public record TransferEngine(String engineName, Integer isDefault,
                             @JsonDeserialize(using = LenientText.class) String checkServer,
                             @JsonDeserialize(using = LenientText.class) String checkPort,
                             @JsonDeserialize(using = LenientText.class) String checkUserName,
                             @JsonDeserialize(using = LenientText.class) String checkPassword,
                             List<EngineAccount> resqEngineAccounts,
                             List<EngineLine> respTaskEngineLines,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TransferEngine {
        resqEngineAccounts = Copies.nullable(resqEngineAccounts);
        respTaskEngineLines = Copies.nullable(respTaskEngineLines);
        extra = Copies.extra(extra);
    }
}
