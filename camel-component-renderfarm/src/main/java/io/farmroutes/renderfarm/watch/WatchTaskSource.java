package io.farmroutes.renderfarm.watch;

import java.util.Collection;

/**
 * The tasks a watcher looks at, asked afresh on every poll: how a pipeline has its watchers follow exactly the
 * tasks it has in flight ({@code watchTaskSource=#bean}).
 */
@FunctionalInterface
public interface WatchTaskSource {

    /** The ids of the tasks to watch now; empty when there is nothing to watch. */
    Collection<String> taskIds();
}
