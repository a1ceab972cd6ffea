package com.acme.farm.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/** Acme's answer to frame/retry: the job and the frame numbers it queued again. */
public record AcmeFrameRetry(String jobId, List<Integer> retried,
                             @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public AcmeFrameRetry {
        retried = retried == null ? List.of() : List.copyOf(retried);
        extra = UnknownFields.copy(extra);
    }
}
