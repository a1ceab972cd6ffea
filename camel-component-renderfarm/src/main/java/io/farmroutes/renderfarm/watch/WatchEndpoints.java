package io.farmroutes.renderfarm.watch;

import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.render.RenderStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The two consumer-only endpoints that every provider gets, built on the portable render operations:
 * {@code task/watch} and {@code frame/watch}. Their options are endpoint options; they take no parameters.
 */
public final class WatchEndpoints {

    public static final String TASK_WATCH = "task/watch";
    public static final String FRAME_WATCH = "frame/watch";

    private static final Map<String, OperationDescriptor> DESCRIPTORS = Map.of(
            TASK_WATCH, descriptor("task", "watch", "Emits one exchange per task status change"),
            FRAME_WATCH, descriptor("frame", "watch", "Emits one exchange per frame status change; each failure once"));

    private WatchEndpoints() {
    }

    private static OperationDescriptor descriptor(String api, String method, String description) {
        return OperationDescriptor.builder(api, method).description(description).http("POLL", "(watch)")
                .retrySafe(true).readOnly().build();
    }

    public static boolean isWatch(String endpoint) {
        return DESCRIPTORS.containsKey(endpoint);
    }

    public static OperationDescriptor descriptor(String endpoint) {
        return DESCRIPTORS.get(endpoint);
    }

    /** Comma-separated text as a list, blanks dropped. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Set<RenderStatus> statuses(String endpoint, String text) {
        Set<RenderStatus> statuses = EnumSet.noneOf(RenderStatus.class);
        for (String name : split(text)) {
            try {
                statuses.add(RenderStatus.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(endpoint, "watchStatuses", "names no status: '" + name
                        + "' (valid: " + Arrays.toString(RenderStatus.values()) + ")");
            }
        }
        return statuses;
    }
}
