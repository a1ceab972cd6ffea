package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The account's render settings from queryUserSetting; {@code taskOverTime} is in hours, the Sec twin in seconds. */
public record UserSettings(Integer autoCommit, Integer downloadDisable, Integer taskOverTime, Integer taskOverTimeSec,
                           Integer singleNodeRenderFrames, Integer maxIgnoreMapFlag, Integer shareMainCapital,
                           Integer subDeleteTask, Integer useMainBalance, Integer separateAccountFlag,
                           Integer mifileSwitchFlag, Integer assfileSwitchFlag, Integer manuallyStartAnalysisFlag,
                           Integer infoStatus, Integer accountType,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public UserSettings {
        extra = Copies.extra(extra);
    }
}
