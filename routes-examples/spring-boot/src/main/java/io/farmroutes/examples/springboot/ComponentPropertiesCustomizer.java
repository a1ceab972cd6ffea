package io.farmroutes.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Component;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Applies {@code camel.component.<name>.*} to components that have no Spring Boot starter. Camel Spring Boot binds
 * those properties only through each component's generated starter (its auto-configuration); a plain component jar
 * gets them through this customizer, which Camel applies when it creates the component from the class path.
 */
public final class ComponentPropertiesCustomizer implements ComponentCustomizer {

    private final Binder binder;
    private final Set<String> components;

    public ComponentPropertiesCustomizer(Environment environment, Set<String> components) {
        this.binder = Binder.get(environment);
        this.components = Set.copyOf(components);
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return components.contains(name);
    }

    @Override
    public void configure(String name, Component target) {
        // Spring's binder resolves ${...} placeholders and accepts relaxed names (access-id, accessId, ACCESSID)
        Map<String, String> bound = binder.bind("camel.component." + name, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        Map<String, Object> options = new LinkedHashMap<>();
        bound.forEach((key, value) -> options.put(StringHelper.dashToCamelCase(key), value));
        try {
            // mandatory: a misspelt option fails the start-up instead of being ignored
            PropertyBindingSupport.build().withCamelContext(target.getCamelContext()).withTarget(target)
                    .withProperties(options).withIgnoreCase(true).withMandatory(true).bind();
        } catch (PropertyBindingException e) {
            // Camel's message and cause carry the value, which may be a secret: name the option only
            throw new IllegalArgumentException("camel.component." + name + "." + e.getPropertyName()
                    + ": not an option of the " + name + " component, or not a valid value for it");
        }
    }
}
