package io.farmroutes.reliability.crash;

import io.farmroutes.renderfarm.pipeline.RenderRequest;
import io.farmroutes.spi.render.RenderJob;

import java.util.List;
import java.util.stream.IntStream;

/** The shots every run of the crash node sends: the same keys each time, so the ledger must recognise them. */
public final class CrashShots {

    /** The pipeline's name: it keys the ledger, so it stays the same across restarts. */
    public static final String PIPELINE = "crash";

    private CrashShots() {
    }

    /** {@code shot-000}, {@code shot-001} …; also the job's name, which the farm keeps as the task's project. */
    public static String key(int index) {
        return String.format("shot-%03d", index);
    }

    public static List<String> keys(int count) {
        return IntStream.range(0, count).mapToObj(CrashShots::key).toList();
    }

    static RenderRequest request(int index, int frames) {
        String key = key(index);
        return new RenderRequest(key, new RenderJob(key, key + ".blend", "1-" + frames + "[1]", "blender"), List.of());
    }
}
