package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** One transfer engine offered to the account; the check* flags say which connection settings it needs. */
public record TransferEngine(String engineName, Integer isDefault, Integer checkServer, Integer checkPort,
                             Integer checkUserName, Integer checkPassword, List<EngineAccount> resqEngineAccounts,
                             List<EngineLine> respTaskEngineLines,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TransferEngine {
        resqEngineAccounts = Copies.nullable(resqEngineAccounts);
        respTaskEngineLines = Copies.nullable(respTaskEngineLines);
        extra = Copies.extra(extra);
    }
}
