package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One entry of the SDK-only task operation history (taskRecord); the fields are undocumented, extra keeps all. */
public record TaskOperationRecord(Long id, Long taskId, String taskAlias, Long userId, String userName,
                                  String operation, String content, String ip, String operateTime,
                                  @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TaskOperationRecord {
        // The fields are a best guess; operateTime stays text because nobody documents its format.
        extra = Copies.extra(extra);
    }
}
