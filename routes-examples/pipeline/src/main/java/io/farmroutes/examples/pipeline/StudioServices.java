package io.farmroutes.examples.pipeline;

import io.farmroutes.ipernity.IpernityComponent;
import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;
import io.farmroutes.sandbox.ipernity.IpernityEmulator;
import io.farmroutes.sandbox.ipernity.IpernitySettings;
import io.farmroutes.sandbox.ipernity.IpernityState;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The two services the studio talks to: the real Fox Renderfarm and ipernity when their credentials are in the
 * environment, otherwise the sandbox's emulators on 127.0.0.1, set to render quickly and fail now and then.
 */
public final class StudioServices implements AutoCloseable {

    private final List<AutoCloseable> emulators = new ArrayList<>();
    private final List<String> description = new ArrayList<>();
    private final RenderfarmComponent renderfarm = new RenderfarmComponent();
    private final IpernityComponent ipernity = new IpernityComponent();

    /**
     * @param env   the environment: {@code FOX_ACCESS_ID}, {@code FOX_ACCESS_KEY}, {@code FOX_DOMAIN},
     *              {@code FOX_PLATFORM}; {@code IPERNITY_API_KEY}, {@code IPERNITY_API_SECRET},
     *              {@code IPERNITY_AUTH_TOKEN}
     * @param share the directory the farm renders into (the sandbox's output storage)
     */
    public static StudioServices start(Function<String, String> env, Path share) {
        return start(env, share, SandboxCredentials.seeded());
    }

    /** As {@link #start(Function, Path)}, with the emulators accepting these credentials. */
    static StudioServices start(Function<String, String> env, Path share, SandboxCredentials sandbox) {
        StudioServices services = new StudioServices();
        services.startFox(env, share, sandbox);
        services.startIpernity(env, sandbox);
        return services;
    }

    private void startFox(Function<String, String> env, Path share, SandboxCredentials sandbox) {
        RenderfarmConfiguration config = renderfarm.getConfiguration();
        if (present(env.apply("FOX_ACCESS_ID"))) {
            config.setAccessId(env.apply("FOX_ACCESS_ID"));
            config.setAccessKey(env.apply("FOX_ACCESS_KEY"));
            if (present(env.apply("FOX_DOMAIN"))) {
                config.setDomain(env.apply("FOX_DOMAIN"));
            }
            if (present(env.apply("FOX_PLATFORM"))) {
                config.setPlatform(Integer.parseInt(env.apply("FOX_PLATFORM")));
            }
            description.add("Fox Renderfarm at " + config.getDomain());
            return;
        }
        FoxEmulator fox = FoxEmulator.start(new FoxSettings().frameRenderTime(Duration.ofMillis(250))
                .parallelFrames(4).failureRate(0.15).retryFailureRate(0.25).outputStorage(share), 0);
        emulators.add(fox);
        fox.state().addAccount(sandbox.foxAccessId(), sandbox.foxAccessKey());
        config.setDomain(fox.domain());
        config.setProtocol("http");
        config.setAccessId(sandbox.foxAccessId());
        config.setAccessKey(sandbox.foxAccessKey());
        config.setPlatform(fox.platform());
        description.add("Fox Renderfarm emulator at " + fox.url());
    }

    private void startIpernity(Function<String, String> env, SandboxCredentials sandbox) {
        if (present(env.apply("IPERNITY_API_KEY"))) {
            ipernity.getConfiguration().setApiKey(env.apply("IPERNITY_API_KEY"));
            ipernity.getConfiguration().setApiSecret(env.apply("IPERNITY_API_SECRET"));
            ipernity.getConfiguration().setAuthToken(env.apply("IPERNITY_AUTH_TOKEN"));
            description.add("ipernity at " + ipernity.getConfiguration().getBaseUrl());
            return;
        }
        IpernityEmulator emulator = IpernityEmulator.start(new IpernitySettings()
                .processingTime(Duration.ofMillis(800)), 0);
        emulators.add(emulator);
        emulator.state().addApplication(sandbox.ipernityApiKey(), sandbox.ipernityApiSecret());
        ipernity.getConfiguration().setBaseUrl(emulator.baseUrl());
        ipernity.getConfiguration().setApiKey(sandbox.ipernityApiKey());
        ipernity.getConfiguration().setApiSecret(sandbox.ipernityApiSecret());
        ipernity.getConfiguration().setAuthToken(emulator.state()
                .issueToken(sandbox.ipernityApiKey(), IpernityState.USER_ID, Map.of("doc", "write")).value());
        description.add("ipernity emulator at " + emulator.url());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public RenderfarmComponent renderfarm() {
        return renderfarm;
    }

    public IpernityComponent ipernity() {
        return ipernity;
    }

    /** Whether both services are emulated. */
    public boolean sandboxed() {
        return emulators.size() == 2;
    }

    /** Where the services are, for the banner; never a credential. */
    public String describe() {
        return String.join(", ", description);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable emulator : emulators) {
            emulator.close();
        }
    }
}
