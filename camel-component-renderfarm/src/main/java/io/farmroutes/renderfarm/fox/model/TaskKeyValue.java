package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/** A task's {@code taskKeyValueVo}: tile count and cameras, kept as text (lists arrive comma-joined). */
public record TaskKeyValue(@JsonDeserialize(using = LenientText.class) String tiles,
                           @JsonDeserialize(using = LenientText.class) String allCamera,
                           @JsonDeserialize(using = LenientText.class) String renderableCamera,
                           @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TaskKeyValue {
        extra = Copies.extra(extra);
    }
}
