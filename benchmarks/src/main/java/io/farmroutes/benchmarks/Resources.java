package io.farmroutes.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** This JVM's own CPU time and heap, read the same way by every node. */
public final class Resources {

    private static final long MB = 1024L * 1024L;

    private Resources() {
    }

    /** CPU time of the whole process (every thread, GC included), in nanoseconds. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Heap in use after a full collection: what is live, in MB. Collects, so call it between measurements. */
    public static double liveHeapMb() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (double) MB;
    }

    /** Heap in use just after the latest collection of each pool, in MB: sampled without forcing a collection. */
    public static double heapAfterLastGcMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum / (double) MB;
    }

    /** The heap's limit (-Xmx), in MB. */
    public static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (double) MB;
    }
}
