package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** The custom labels ("projects") of the account from project/getList and project/list. */
public record ProjectNames(List<Project> projectNameList, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ProjectNames {
        projectNameList = Copies.present(projectNameList);
        extra = Copies.extra(extra);
    }
}
