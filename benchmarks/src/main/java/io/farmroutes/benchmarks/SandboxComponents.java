package io.farmroutes.benchmarks;

import io.farmroutes.boinc.BoincComponent;
import io.farmroutes.ipernity.IpernityComponent;
import io.farmroutes.renderfarm.RenderfarmComponent;
import io.farmroutes.renderfarm.RenderfarmConfiguration;
import io.farmroutes.sandbox.fox.FoxState;
import io.farmroutes.sandbox.ipernity.IpernityState;

/**
 * The three components configured for the sandbox emulators a node was given the addresses of; the credentials
 * are the emulators' public seeded test values, so a node needs no secret passed to it.
 */
public final class SandboxComponents {

    private SandboxComponents() {
    }

    /** {@code renderfarm:} on the Fox emulator at {@code 127.0.0.1:port}. */
    public static RenderfarmComponent fox(String domain) {
        RenderfarmComponent component = new RenderfarmComponent();
        RenderfarmConfiguration farm = component.getConfiguration();
        farm.setDomain(domain);
        farm.setProtocol("http");
        farm.setAccessId(FoxState.ACCESS_ID);
        farm.setAccessKey(FoxState.ACCESS_KEY);
        farm.setPlatform(FoxState.PLATFORM);
        farm.setZone(FoxState.ZONE);
        return component;
    }

    /** {@code boinc:} on the BOINC emulator whose master URL is given. */
    public static BoincComponent boinc(String masterUrl) {
        BoincComponent component = new BoincComponent();
        component.getConfiguration().setProjectUrl(masterUrl);
        return component;
    }

    /** {@code ipernity:} on the ipernity emulator, acting with the given token of its seeded user. */
    public static IpernityComponent ipernity(String baseUrl, String authToken) {
        IpernityComponent component = new IpernityComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setApiKey(IpernityState.API_KEY);
        component.getConfiguration().setApiSecret(IpernityState.API_SECRET);
        component.getConfiguration().setAuthToken(authToken);
        return component;
    }
}
