package io.farmroutes.sandbox.fox;

import static io.farmroutes.sandbox.fox.FoxJson.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The paging of spec §8: 1-based {@code pageNum}; a page past the end is empty, not an error. */
final class FoxPage {

    private FoxPage() {
    }

    /** Reads and checks {@code pageNum} and {@code pageSize}, then cuts the page out of {@code all}. */
    static <T> Map<String, Object> of(FoxCall call, int maxPageSize, List<T> all, Function<T, Object> view) {
        int pageNum = call.integer("pageNum");
        int pageSize = call.integer("pageSize");
        if (pageNum < 1) {
            throw FoxApiError.invalid("pageNum must be 1 or more: " + pageNum);
        }
        if (pageSize < 1 || pageSize > maxPageSize) {
            throw FoxApiError.invalid("pageSize must be within 1.." + maxPageSize + ": " + pageSize);
        }
        long from = (long) (pageNum - 1) * pageSize;
        List<Object> items = new ArrayList<>();
        for (long i = from; i < Math.min(all.size(), from + pageSize); i++) {
            items.add(view.apply(all.get((int) i)));
        }
        return page(pageNum, pageSize, all.size(), items);
    }

    /** A page with every item (queryTaskInfo answers one page of the tasks asked for). */
    static Map<String, Object> whole(List<Object> items) {
        return page(1, items.size(), items.size(), items);
    }

    private static Map<String, Object> page(int pageNum, int pageSize, int total, List<Object> items) {
        int pageCount = pageSize == 0 ? 0 : (total + pageSize - 1) / pageSize;
        return obj("pageCount", pageCount, "pageNum", pageNum, "total", total, "size", pageSize, "items", items);
    }
}
