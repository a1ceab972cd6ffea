package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/** One page of a paged Fox operation (task list, task details, frames, logs, records). */
public record Page<T>(Integer pageCount, Integer pageNum, Long total, Integer size, List<T> items,
                      @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Page {
        items = Copies.present(items);
        extra = Copies.extra(extra);
    }

    /**
     * Whether no further page needs to be read. {@code size} is not consulted because the vendor's examples fill it
     * inconsistently. When the counters are missing only an empty page ends the walk, as in the SDK, so callers
     * should still bound the number of pages they read.
     */
    @JsonIgnore
    public boolean isLast() {
        if (items.isEmpty()) {
            return true;
        }
        return pageNum != null && pageCount != null && pageNum >= pageCount;
    }
}
