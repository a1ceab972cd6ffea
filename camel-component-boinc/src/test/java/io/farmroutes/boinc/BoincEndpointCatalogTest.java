package io.farmroutes.boinc;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build-generated endpoint list must match the public endpoint names of operations.tsv. */
class BoincEndpointCatalogTest {

    private static final Set<String> OPERATIONS_TSV = Set.of("project/config", "account/create", "account/lookup",
            "account/info", "account/update", "host/update", "user/show", "team/create", "team/lookup", "team/get",
            "team/members", "forum/updatePreferences", "forum/userPosts", "forum/userThreads", "project/apps");

    @Test
    void generatedEndpointsJsonListsExactlyTheFifteenBoincEndpoints() throws Exception {
        JsonNode entries;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/farmroutes/endpoints.json")) {
            assertNotNull(in, "the build writes META-INF/farmroutes/endpoints.json");
            entries = new ObjectMapper().readTree(in);
        }
        Set<String> names = new HashSet<>();
        for (JsonNode entry : entries) {
            assertEquals("boinc", entry.get("scheme").asText());
            assertTrue(entry.get("provider").isNull());
            names.add(entry.get("endpoint").asText());
            boolean retrySafe = entry.get("retrySafe").asBoolean();
            assertEquals(!"team/create".equals(entry.get("endpoint").asText()), retrySafe,
                    entry.get("endpoint").asText());
        }
        assertEquals(OPERATIONS_TSV, names);
        JsonNode lookup = find(entries, "account/lookup");
        JsonNode email = lookup.get("parameters").get(0);
        assertEquals("email", email.get("name").asText());
        assertEquals("String", email.get("type").asText());
        assertTrue(email.get("required").asBoolean());
    }

    @Test
    void theEndpointReferenceIsGeneratedFromTheSameCatalog() throws Exception {
        String reference = Files.readString(Path.of("src/main/docs/boinc-endpoints.md"));
        for (String endpoint : OPERATIONS_TSV) {
            assertTrue(reference.contains("## `boinc:" + endpoint + "`"), endpoint);
        }
    }

    private static JsonNode find(JsonNode entries, String endpoint) {
        for (JsonNode entry : entries) {
            if (endpoint.equals(entry.get("endpoint").asText())) {
                return entry;
            }
        }
        throw new AssertionError(endpoint + " missing");
    }
}
