package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void lastWhenPageNumReachesPageCount() {
        assertFalse(new Page<>(2, 1, 3L, 2, List.of("a", "b"), null).isLast());
        assertTrue(new Page<>(2, 2, 3L, 2, List.of("c"), null).isLast());
        assertTrue(new Page<>(2, 3, 3L, 2, List.of("c"), null).isLast());
    }

    @Test
    void lastWhenEmptyWhateverTheCountersSay() {
        assertTrue(new Page<>(9, 1, 17L, 2, List.of(), null).isLast());
        assertTrue(new Page<String>(9, 1, 17L, 2, null, null).isLast());
    }

    @Test
    void missingCountersLeaveTheDecisionToAnEmptyPage() {
        assertFalse(new Page<>(null, 1, null, null, List.of("a"), null).isLast());
        assertFalse(new Page<>(3, null, null, null, List.of("a"), null).isLast());
    }

    @Test
    void missingItemsReadAsEmptyAndExtraNeverNull() {
        Page<TaskInfo> page = Json.read("{\"pageCount\": 0, \"pageNum\": 1, \"total\": 0, \"items\": null}",
                new TypeReference<Page<TaskInfo>>() { });

        assertEquals(List.of(), page.items());
        assertEquals(Map.of(), page.extra());
        assertTrue(page.isLast());
    }

    @Test
    void isLastIsNotWrittenAsAField() {
        String json = Json.write(new Page<>(1, 1, 1L, 1, List.of("x"), Map.of("note", "kept")));

        assertFalse(json.contains("last"), json);
        assertTrue(json.contains("\"note\":\"kept\""), json);
    }
}
