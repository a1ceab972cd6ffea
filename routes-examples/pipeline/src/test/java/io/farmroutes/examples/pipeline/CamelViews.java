package io.farmroutes.examples.pipeline;

import io.farmroutes.sandbox.SecretLeaks;
import io.farmroutes.spi.camel.OperationComponentSupport;
import io.farmroutes.spi.camel.OperationEndpointSupport;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Navigate;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.Route;
import org.apache.camel.model.FromDefinition;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.OptionalIdentifiedDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SendDefinition;
import org.apache.camel.util.URISupport;

/** What a Camel context shows of itself: route dumps, endpoint URIs and the toString() of its parts. */
final class CamelViews {

    private CamelViews() {
    }

    static void collect(CamelContext context, SecretLeaks leaks) throws Exception {
        leaks.text("toString", context.toString());
        for (String name : context.getComponentNames()) {
            leaks.text("toString", context.getComponent(name).toString());
            if (context.getComponent(name) instanceof OperationComponentSupport<?> component) {
                leaks.text("toString", component.getConfiguration().toString());
            }
        }
        for (Endpoint endpoint : context.getEndpoints()) {
            leaks.text("toString", endpoint.toString());
            leaks.text("endpoint uri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
            leaks.text("endpoint uri", endpoint.getEndpointBaseUri());
            if (endpoint instanceof OperationEndpointSupport<?> operation) {
                leaks.text("toString", operation.getConfiguration().toString());
                producer(operation, leaks);
            }
        }
        for (Route route : context.getRoutes()) {
            leaks.text("toString", route.toString());
            leaks.text("toString", String.valueOf(route.getConsumer()));
            // a route's own endpoints come from code, not from a user's URI with RAW() secrets: shown as they are
            leaks.text("endpoint uri", route.getEndpoint().getEndpointUri());
            processors(route.navigate(), leaks);
        }
        for (RouteDefinition definition : ((ModelCamelContext) context).getRouteDefinitions()) {
            dump(definition, leaks);
        }
    }

    private static void producer(Endpoint endpoint, SecretLeaks leaks) throws Exception {
        Producer producer;
        try {
            producer = endpoint.createProducer();
        } catch (IllegalArgumentException consumerOnly) { // watch endpoints only emit
            leaks.exception(consumerOnly);
            return;
        }
        leaks.text("toString", producer.toString());
    }

    private static void processors(Navigate<Processor> navigate, SecretLeaks leaks) {
        if (navigate == null || !navigate.hasNext()) {
            return;
        }
        for (Processor processor : navigate.next()) {
            leaks.text("toString", processor.toString());
            if (processor instanceof Navigate<?> nested) {
                @SuppressWarnings("unchecked")
                Navigate<Processor> children = (Navigate<Processor>) nested;
                processors(children, leaks);
            }
        }
    }

    /** The model as a dumper sees it: every node, and the URI of each from and to. */
    private static void dump(RouteDefinition definition, SecretLeaks leaks) {
        leaks.text("route dump", definition.toString());
        FromDefinition from = definition.getInput();
        leaks.text("route dump", from.getEndpointUri());
        nodes(definition.getOutputs(), leaks);
    }

    private static void nodes(List<ProcessorDefinition<?>> outputs, SecretLeaks leaks) {
        for (ProcessorDefinition<?> node : outputs) {
            leaks.text("route dump", node.toString());
            leaks.text("route dump", ((OptionalIdentifiedDefinition<?>) node).getLabel());
            if (node instanceof SendDefinition<?> send) {
                leaks.text("route dump", send.getEndpointUri());
            }
            nodes(node.getOutputs(), leaks);
        }
    }
}
