package io.farmroutes.examples.micronaut;

import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;
import io.farmroutes.sandbox.ipernity.IpernityEmulator;
import io.farmroutes.sandbox.ipernity.IpernitySettings;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;

/**
 * The Fox and ipernity emulators on 127.0.0.1, started when {@code farmroutes.sandbox.enabled} is true; they
 * supply the components' URLs and credentials in place of the configured ones.
 */
@Singleton
@Requires(property = "farmroutes.sandbox.enabled", value = "true")
public class Sandbox {

    private final FoxEmulator fox;
    private final IpernityEmulator ipernity;

    public Sandbox(StudioSettings settings) {
        // quick frames that fail now and then, so the pipeline's re-submission has something to do
        fox = FoxEmulator.start(new FoxSettings().frameRenderTime(Duration.ofMillis(250)).parallelFrames(4)
                .failureRate(0.15).retryFailureRate(0.25).outputStorage(settings.shareDir()), 0);
        try {
            ipernity = IpernityEmulator.start(new IpernitySettings().processingTime(Duration.ofMillis(800)), 0);
        } catch (RuntimeException e) {
            fox.close();
            throw e;
        }
    }

    void configure(RenderfarmConfiguration config) {
        config.setDomain(fox.domain());
        config.setProtocol("http");
        config.setAccessId(fox.accessId());
        config.setAccessKey(fox.accessKey());
        config.setPlatform(fox.platform());
    }

    void configure(IpernityConfiguration config) {
        config.setBaseUrl(ipernity.baseUrl());
        config.setApiKey(ipernity.apiKey());
        config.setApiSecret(ipernity.apiSecret());
        config.setAuthToken(ipernity.issueToken(Map.of("doc", "write")));
    }

    /** Where the emulators listen, for the banner; never a credential. */
    public String describe() {
        return "Fox Renderfarm emulator at " + fox.url() + ", ipernity emulator at " + ipernity.url();
    }

    @PreDestroy
    public void close() {
        fox.close();
        ipernity.close();
    }
}
