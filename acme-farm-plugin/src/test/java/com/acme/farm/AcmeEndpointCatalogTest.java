package com.acme.farm;

import io.farmroutes.spi.catalog.EndpointCatalogJson;
import io.farmroutes.spi.catalog.EndpointCatalogSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint list the build generated into this module's classes, and catalog discovery next to Fox's. */
class AcmeEndpointCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CATALOG = "META-INF/farmroutes/endpoints.json";

    /** This module's own endpoints.json: next to its classes, not whichever one the class path lists first. */
    private static Path generatedCatalog() throws URISyntaxException {
        Path classes = Path.of(AcmeFarmProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.resolve(CATALOG);
    }

    @Test
    void theBuildWroteTheAcmeEndpointsWithTheirRetrySafety() throws Exception {
        Path file = generatedCatalog();
        assertTrue(Files.isRegularFile(file), "the build's generator step wrote " + file);
        JsonNode entries = JSON.readTree(file.toFile());

        Map<String, Boolean> retrySafe = new LinkedHashMap<>();
        Map<String, Boolean> consumer = new LinkedHashMap<>();
        for (JsonNode entry : entries) {
            assertEquals("renderfarm", entry.path("scheme").asText(), entry.toString());
            assertEquals("acme", entry.path("provider").asText(), entry.toString());
            retrySafe.put(entry.path("endpoint").asText(), entry.path("retrySafe").asBoolean());
            consumer.put(entry.path("endpoint").asText(), entry.path("consumer").asBoolean());
        }
        assertEquals(Map.of("job/list", true, "job/get", true, "job/create", false, "job/start", true,
                "job/cancel", true, "frame/list", true, "frame/retry", false), retrySafe);
        assertEquals(Map.of("job/list", true, "job/get", true, "job/create", false, "job/start", false,
                "job/cancel", false, "frame/list", true, "frame/retry", false), consumer);
    }

    @Test
    void theGeneratedListDescribesTheParametersAsTheCatalogDeclaresThem() throws Exception {
        JsonNode entries = JSON.readTree(generatedCatalog().toFile());

        JsonNode create = entry(entries, "job/create");
        assertEquals(List.of("name:String:required", "frameStart:Integer", "frameEnd:Integer", "scene:String"),
                parameters(create));
        JsonNode retry = entry(entries, "frame/retry");
        assertEquals(List.of("taskId:String:required", "frameIds:List<Integer>:required"), parameters(retry));
        assertEquals("frameNumbers", retry.path("parameters").get(1).path("wireName").asText());
        assertEquals("jobId", retry.path("parameters").get(0).path("wireName").asText());
        assertEquals(JSON.readTree(EndpointCatalogJson.write(List.of(AcmeCatalog.catalog()))), entries,
                "the file is not stale: it says what the catalog says");
    }

    @Test
    void serviceLoaderSeesTheProjectsCatalogsAndAcmes() {
        Map<String, EndpointCatalogSource> byProvider = new LinkedHashMap<>();
        for (EndpointCatalogSource source : ServiceLoader.load(EndpointCatalogSource.class)) {
            byProvider.put(String.valueOf(source.catalog().provider()), source);
        }

        assertTrue(byProvider.containsKey("fox"), byProvider.keySet().toString());
        assertInstanceOf(AcmeEndpointCatalog.class, byProvider.get("acme"));
    }

    @Test
    void eachJarOnTheClassPathCarriesItsOwnEndpointList() throws IOException {
        Set<String> providers = new HashSet<>();
        int files = 0;
        for (URL url : Collections.list(getClass().getClassLoader().getResources(CATALOG))) {
            files++;
            Set<String> inFile = new HashSet<>();
            try (InputStream in = url.openStream()) {
                JSON.readTree(in).forEach(entry -> inFile.add(entry.path("provider").asText()));
            }
            assertTrue(!inFile.contains("acme") || inFile.size() == 1, url + " mixes acme with " + inFile);
            providers.addAll(inFile);
        }

        assertTrue(files >= 2, "the component's list and acme's: " + files);
        assertTrue(providers.containsAll(Set.of("fox", "acme")), providers.toString());
    }

    private static JsonNode entry(JsonNode entries, String endpoint) {
        for (JsonNode entry : entries) {
            if (entry.path("endpoint").asText().equals(endpoint)) {
                return entry;
            }
        }
        throw new AssertionError("no " + endpoint + " in the endpoint list");
    }

    private static List<String> parameters(JsonNode entry) {
        List<String> parameters = new ArrayList<>();
        for (JsonNode p : entry.path("parameters")) {
            parameters.add(p.path("name").asText() + ":" + p.path("type").asText()
                    + (p.path("required").asBoolean() ? ":required" : ""));
        }
        return parameters;
    }
}
