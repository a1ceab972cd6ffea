package io.farmroutes.benchmarks.startup;

import io.farmroutes.benchmarks.ForkedJvm;
import io.farmroutes.benchmarks.Resources;
import io.farmroutes.benchmarks.SandboxComponents;
import io.farmroutes.renderfarm.pipeline.Backoff;
import io.farmroutes.renderfarm.pipeline.RenderPipeline;
import io.farmroutes.spi.asset.DirectoryAssetTransport;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Starts a CamelContext in a fresh JVM and reports how long that took from {@code main}: either the studio's
 * (all three components, the render pipeline, its publication to ipernity and a BOINC route) or, as the
 * baseline, a context with one {@code direct:} route and no component of ours.
 *
 * <p>Arguments: {@code full|bare}, fox domain, BOINC master URL, ipernity base URL, shared directory.
 */
public final class StartupNode {

    private StartupNode() {
    }

    public static void main(String[] args) throws Exception {
        long jvmUptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long begin = System.nanoTime();
        boolean full = args[0].equals("full");
        CamelContext context = new DefaultCamelContext();
        long constructed = System.nanoTime();
        if (full) {
            studio(context, args[1], args[2], args[3], Path.of(args[4]));
        } else {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:ping").routeId("ping").log("${body}");
                }
            });
        }
        long configured = System.nanoTime();
        context.start();
        long started = System.nanoTime();
        long startedNanos = started - begin;
        long cpuNanos = Resources.processCpuNanos();
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        long jvmUptimeAtStarted = ManagementFactory.getRuntimeMXBean().getUptime();
        int routes = context.getRoutes().size();
        int components = context.getComponentNames().size();
        context.close();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mainToStartedMs", startedNanos / 1_000_000.0);
        result.put("jvmToMainMs", jvmUptimeAtMain);
        result.put("jvmToStartedMs", jvmUptimeAtStarted);
        result.put("constructMs", (constructed - begin) / 1_000_000.0);
        result.put("configureMs", (configured - constructed) / 1_000_000.0);
        result.put("startMs", (started - configured) / 1_000_000.0);
        result.put("processCpuMs", cpuNanos / 1_000_000.0);
        result.put("classesLoaded", classes);
        result.put("routes", routes);
        result.put("components", components);
        ForkedJvm.result(result);
    }

    /** What the studio's application starts: every component configured, the pipeline and its neighbours. */
    private static void studio(CamelContext context, String foxDomain, String boincUrl, String ipernityUrl,
                               Path share) throws Exception {
        context.addComponent("renderfarm", SandboxComponents.fox(foxDomain));
        context.addComponent("boinc", SandboxComponents.boinc(boincUrl));
        // no request is made while starting, so the token only has to be well formed
        context.addComponent("ipernity", SandboxComponents.ipernity(ipernityUrl, "startup-benchmark-token"));
        Path outputs = Files.createDirectories(share.resolve("outputs"));
        Duration watch = Duration.ofSeconds(30);
        context.addRoutes(RenderPipeline.named("startup").from("direct:shots")
                .assets(new DirectoryAssetTransport(share))
                .fetchOutputsTo(outputs)
                .watchEvery(watch)
                .resubmitFailedFrames(2, new Backoff(watch, 2, watch.multipliedBy(8)))
                .progressTo("direct:progress")
                .exhaustedTo("direct:exhausted")
                .completedTo("direct:publish"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:progress").routeId("progress").log("${body}");
                from("direct:exhausted").routeId("exhausted").log("${body}");
                from("direct:publish").routeId("publish").to("ipernity:upload/file?isPublic=false&async=true");
                from("ipernity:upload/checkTickets?delay=30000").routeId("tickets").log("${body}");
                from("direct:credit").routeId("credit").to("boinc:account/info");
            }
        });
    }
}
