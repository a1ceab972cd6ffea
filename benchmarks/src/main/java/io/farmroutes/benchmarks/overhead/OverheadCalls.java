package io.farmroutes.benchmarks.overhead;

import java.net.http.HttpClient;
import java.time.Duration;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH benchmarks, run in JMH's fork: the same two requests through Camel and through the bare clients. The
 * clients are shared by all benchmark threads, as one application shares one context and one HTTP client.
 */
@State(Scope.Benchmark)
public class OverheadCalls {

    private CamelClients camel;
    private HttpClient http;
    private BareFoxClient bareFox;
    private BareBoincClient bareBoinc;

    @Setup
    public void start() throws Exception {
        OverheadTarget target = OverheadTarget.fromSystemProperty();
        camel = new CamelClients(target);
        // HTTP/1.1 as the component speaks it: the default would offer every request an h2c upgrade
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        bareFox = new BareFoxClient(http, target);
        bareBoinc = new BareBoincClient(http, target);
    }

    @TearDown
    public void stop() throws Exception {
        camel.close();
    }

    @Benchmark
    public Object frameListCamel() {
        return camel.frames();
    }

    @Benchmark
    public Object frameListBare() throws Exception {
        return bareFox.frames();
    }

    @Benchmark
    public Object accountInfoCamel() {
        return camel.account();
    }

    @Benchmark
    public Object accountInfoBare() throws Exception {
        return bareBoinc.account();
    }
}
