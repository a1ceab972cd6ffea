package io.farmroutes.renderfarm.fox;

import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.renderfarm.fox.model.TaskInfo;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.render.FarmSettings;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads a paged Fox operation page by page, stopping at {@code pageCount} (§8): ceil(total / pageSize)
 * requests, never the extra empty page the SDK asks for, and one page in memory at a time.
 */
final class FoxPages<T> {

    private final OperationInvoker<FarmSettings> invoker;
    private final FarmSettings settings;
    private final String endpoint;
    private final Map<String, Object> parameters;
    private final String label;

    private FoxPages(OperationInvoker<FarmSettings> invoker, FarmSettings settings, String endpoint,
                     Map<String, Object> parameters, String label) {
        this.invoker = invoker;
        this.settings = settings;
        this.endpoint = endpoint;
        this.parameters = parameters;
        this.label = label;
    }

    /** The frames of a task, through {@code frame/list}. */
    static FoxPages<FrameInfo> frames(OperationInvoker<FarmSettings> invoker, FarmSettings settings, long taskId,
                                      int pageSize) {
        return new FoxPages<>(invoker, settings, "frame/list", Map.of("taskId", taskId, "pageSize", pageSize),
                "frames of Fox task " + taskId);
    }

    /** Every task of the account, newest first, through {@code task/list}. */
    static FoxPages<TaskInfo> tasks(OperationInvoker<FarmSettings> invoker, FarmSettings settings, int pageSize) {
        return new FoxPages<>(invoker, settings, "task/list", Map.of("pageSize", pageSize), "Fox tasks");
    }

    @SuppressWarnings("unchecked")
    CompletableFuture<Page<T>> fetch(int pageNum) {
        Map<String, Object> call = new LinkedHashMap<>(parameters);
        call.put("pageNum", pageNum);
        return invoker.send(FoxCatalog.catalog().require(endpoint), call, settings).thenApply(page -> (Page<T>) page);
    }

    private static boolean isLast(Page<?> page, int pageNum) {
        return page.items().isEmpty() || page.pageCount() == null || pageNum >= page.pageCount();
    }

    /** Visits every item without holding a thread between pages. */
    CompletableFuture<Void> forEach(Consumer<? super T> visitor) {
        return walk(1, visitor);
    }

    private CompletableFuture<Void> walk(int pageNum, Consumer<? super T> visitor) {
        return fetch(pageNum).thenCompose(page -> {
            page.items().forEach(visitor);
            return isLast(page, pageNum) ? CompletableFuture.completedFuture(null) : walk(pageNum + 1, visitor);
        });
    }

    /** A lazy iterator whose first page is read already; each further page is read when it is reached. */
    CompletableFuture<Iterator<T>> iterator() {
        return fetch(1).thenApply(PageIterator::new);
    }

    /** The same iterator for a caller that may block (a poll or a route thread, never an I/O thread). */
    Iterator<T> blockingIterator() {
        return join(iterator());
    }

    private <R> R join(CompletableFuture<R> future) {
        return OperationEngine.await(future, FoxCatalog.catalog().label(endpoint));
    }

    /** Blocks the reading thread at each page boundary; route steps run on worker threads, not I/O threads. */
    private final class PageIterator implements Iterator<T> {
        private Page<T> page;
        private int pageNum = 1;
        private Iterator<T> items;

        PageIterator(Page<T> first) {
            this.page = first;
            this.items = first.items().iterator();
        }

        @Override
        public boolean hasNext() {
            while (!items.hasNext()) {
                if (isLast(page, pageNum)) {
                    return false;
                }
                pageNum++;
                page = join(fetch(pageNum));
                items = page.items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more " + label);
            }
            return items.next();
        }

        @Override
        public String toString() {
            return label + " (page " + pageNum + " of " + page.pageCount() + ")";
        }
    }
}
