package io.farmroutes.benchmarks.overhead;

import io.farmroutes.benchmarks.ForkedJvm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interleaved half of the overhead run, in a JVM of its own: for each operation and thread count, the
 * per-round ratios of Camel's time per call to the bare client's, with the endpoints as they come and with
 * {@code synchronous=true}. Arguments: slice ms, warm-up slices, rounds,
 * then the thread counts.
 */
public final class PairedNode {

    private PairedNode() {
    }

    public static void main(String[] args) throws Exception {
        long sliceMillis = Long.parseLong(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        OverheadCalls calls = new OverheadCalls();
        calls.start();
        Map<String, Object> result = new LinkedHashMap<>();
        try (CamelClients waiting = new CamelClients(OverheadTarget.fromSystemProperty(), true)) {
            for (int i = 3; i < args.length; i++) {
                int threads = Integer.parseInt(args[i]);
                try (PairedRounds paired = new PairedRounds(threads, sliceMillis)) {
                    List<Double> frames = paired.ratios(calls::frameListCamel, calls::frameListBare, warmUp, rounds);
                    result.put("frame/list@" + threads, frames);
                    List<Double> account = paired.ratios(calls::accountInfoCamel, calls::accountInfoBare, warmUp,
                            rounds);
                    result.put("account/info@" + threads, account);
                    result.put("frame/list@" + threads + "/synchronous",
                            paired.ratios(waiting::frames, calls::frameListBare, warmUp, rounds));
                    result.put("account/info@" + threads + "/synchronous",
                            paired.ratios(waiting::account, calls::accountInfoBare, warmUp, rounds));
                }
            }
        } finally {
            calls.stop();
        }
        ForkedJvm.result(result);
    }
}
