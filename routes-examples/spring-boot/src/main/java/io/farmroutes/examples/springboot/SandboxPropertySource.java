package io.farmroutes.examples.springboot;

import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;
import io.farmroutes.sandbox.ipernity.IpernityEmulator;
import io.farmroutes.sandbox.ipernity.IpernitySettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** The running Fox and ipernity emulators, published as {@code sandbox.*} properties; closing stops them. */
public final class SandboxPropertySource extends MapPropertySource implements AutoCloseable {

    public static final String NAME = "farmroutes-sandbox";

    private final FoxEmulator fox;
    private final IpernityEmulator ipernity;

    private SandboxPropertySource(Map<String, Object> properties, FoxEmulator fox, IpernityEmulator ipernity) {
        super(NAME, properties);
        this.fox = fox;
        this.ipernity = ipernity;
    }

    /** Starts both emulators on ephemeral ports; the farm renders into {@code work/share}. */
    static SandboxPropertySource start(Path work) {
        Path share = work.resolve("share");
        // quick frames that fail now and then, so the pipeline's re-submission shows
        FoxEmulator fox = FoxEmulator.start(new FoxSettings().frameRenderTime(Duration.ofMillis(250))
                .parallelFrames(4).failureRate(0.15).retryFailureRate(0.25).outputStorage(share), 0);
        IpernityEmulator ipernity;
        try {
            ipernity = IpernityEmulator.start(new IpernitySettings().processingTime(Duration.ofMillis(800)), 0);
        } catch (RuntimeException e) {
            fox.close();
            throw e;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sandbox.work", work.toString());
        p.put("sandbox.fox.share", share.toString());
        p.put("sandbox.fox.domain", fox.domain());
        p.put("sandbox.fox.protocol", "http");
        p.put("sandbox.fox.access-id", fox.accessId());
        p.put("sandbox.fox.access-key", fox.accessKey());
        p.put("sandbox.fox.platform", fox.platform());
        p.put("sandbox.ipernity.base-url", ipernity.baseUrl());
        p.put("sandbox.ipernity.api-key", ipernity.apiKey());
        p.put("sandbox.ipernity.api-secret", ipernity.apiSecret());
        p.put("sandbox.ipernity.auth-token", ipernity.issueToken(Map.of("doc", "write")));
        return new SandboxPropertySource(p, fox, ipernity);
    }

    /** The sandbox this environment holds, or null when it is not enabled. */
    public static SandboxPropertySource in(ConfigurableEnvironment environment) {
        return environment.getPropertySources().get(NAME) instanceof SandboxPropertySource sandbox ? sandbox : null;
    }

    /** Where the emulators listen, for the log; never a credential. */
    public String describe() {
        return "Fox Renderfarm emulator at " + fox.url() + ", ipernity emulator at " + ipernity.url();
    }

    @Override
    public void close() {
        try {
            ipernity.close();
        } finally {
            fox.close();
        }
    }
}
