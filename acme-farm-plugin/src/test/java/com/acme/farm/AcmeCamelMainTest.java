package com.acme.farm;

import com.acme.farm.emulator.AcmeEmulator;
import com.acme.farm.emulator.AcmeEmulatorExtension;
import com.acme.farm.model.AcmeJob;

import io.farmroutes.renderfarm.RenderfarmComponent;

import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Selecting acme and its options from Camel Main properties, with endpoint URIs that say nothing about the farm:
 * both through the component's {@code configuration} object and through the flattened option names the
 * component's generated configurer also accepts.
 */
class AcmeCamelMainTest {

    @RegisterExtension
    static AcmeEmulatorExtension acme = new AcmeEmulatorExtension(AcmeCamelTestSupport.ACCESS_KEY);

    @ParameterizedTest
    @ValueSource(strings = {"camel.component.renderfarm.configuration.", "camel.component.renderfarm."})
    void providerAndProviderOptionsComeFromProperties(String prefix) throws Exception {
        AcmeEmulator emulator = acme.emulator();
        Main main = new Main();
        main.addInitialProperty(prefix + "provider", "acme");
        main.addInitialProperty(prefix + "providerOptions[baseUrl]", emulator.baseUrl());
        main.addInitialProperty(prefix + "accessKey", emulator.accessKey());
        main.start();
        try {
            RenderfarmComponent component = main.getCamelContext().getComponent("renderfarm",
                    RenderfarmComponent.class);
            assertEquals("acme", component.getConfiguration().getProvider());
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();

            AcmeJob created = assertInstanceOf(AcmeJob.class,
                    template.requestBody("renderfarm:job/create?name=from-main", (Object) null));
            List<?> jobs = assertInstanceOf(List.class, template.requestBody("renderfarm:job/list", (Object) null));

            assertEquals(List.of(created), jobs);
            assertEquals(1, emulator.requests("POST /v1/jobs"));
            assertEquals(1, emulator.requests("GET /v1/jobs"));
        } finally {
            main.stop();
        }
    }
}
