package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** The task ids reserved by createTask, numeric ids and their platform-prefixed aliases in the same order. */
public record CreatedTasks(List<Long> taskIdList, List<String> aliasTaskIdList, Long userId,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public CreatedTasks {
        taskIdList = Copies.present(taskIdList);
        aliasTaskIdList = Copies.present(aliasTaskIdList);
        extra = Copies.extra(extra);
    }
}
