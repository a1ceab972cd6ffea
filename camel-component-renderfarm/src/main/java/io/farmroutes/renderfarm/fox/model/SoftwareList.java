package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.List;
import java.util.Map;

/** The DCC applications the farm renders, from querySoftwareList, with the account's default {@code cgId}. */
public record SoftwareList(Integer isAutoCommit, Integer defaultCgId, List<Software> renderInfoList,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SoftwareList {
        renderInfoList = Copies.present(renderInfoList);
        extra = Copies.extra(extra);
    }
}
