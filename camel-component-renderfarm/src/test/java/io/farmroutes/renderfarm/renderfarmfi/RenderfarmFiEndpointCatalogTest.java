package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.spi.operation.OperationDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 6 Renderfarm.fi endpoints of operations.tsv against the catalog and endpoints.json (77 renderfarm entries). */
class RenderfarmFiEndpointCatalogTest {

    /**
     * The renderfarmfi rows of operations.tsv: endpoint, retry-safe, verb, path ({@code /<method>}) and whether the
     * wire column calls it XML-RPC (the others are the OAuth endpoints, which have no body).
     */
    private static final String OPERATIONS = """
            user/getAllSessions   yes  POST  /user.getAllSessions   xmlrpc
            user/attachSession    yes  POST  /user.attachSession    xmlrpc
            community/getSession  yes  POST  /community.getSession  xmlrpc
            oauth/requestToken    no   POST  /oauth.requestToken    none
            oauth/accessToken     no   POST  /oauth.accessToken     none
            oauth/logout          yes  POST  /oauth.logout          none
            """;

    private static final String REQUEST_TOKEN = "oauth/requestToken";
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Row(boolean retrySafe, String verb, String path, String body) {
    }

    private static Map<String, Row> expected() {
        Map<String, Row> rows = new LinkedHashMap<>();
        OPERATIONS.lines().filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.strip().split("\\s+");
            rows.put(cells[0], new Row(cells[1].equals("yes"), cells[2], cells[3], cells[4]));
        });
        return rows;
    }

    private static Map<String, Boolean> safety(Map<String, Row> rows) {
        Map<String, Boolean> out = new TreeMap<>();
        rows.forEach((endpoint, row) -> out.put(endpoint, row.retrySafe()));
        return out;
    }

    private static Map<String, Boolean> catalogSafety() {
        Map<String, Boolean> out = new TreeMap<>();
        RenderfarmFiCatalog.catalog().operations().forEach(op -> out.put(op.endpoint(), op.retrySafe()));
        return out;
    }

    @Test
    void theCatalogHoldsExactlyTheSixEndpointsWithTheirVerbPathAndBody() {
        Map<String, Row> rows = expected();
        assertEquals(6, rows.size(), "the embedded table");
        assertEquals("renderfarm", RenderfarmFiCatalog.catalog().scheme());
        assertEquals("renderfarmfi", RenderfarmFiCatalog.catalog().provider());

        Map<String, List<String>> catalog = new TreeMap<>();
        for (OperationDescriptor op : RenderfarmFiCatalog.catalog().operations()) {
            catalog.put(op.endpoint(), List.of(op.httpMethod(), op.path(), op.hint("body").orElse("?")));
        }
        Map<String, List<String>> table = new TreeMap<>();
        rows.forEach((endpoint, row) -> table.put(endpoint, List.of(row.verb(), row.path(), row.body())));
        assertEquals(table, catalog);
    }

    @Test
    void eachPathIsTheMethodNamedLikeTheEndpoint() {
        for (OperationDescriptor op : RenderfarmFiCatalog.catalog().operations()) {
            assertEquals("/" + op.api() + "." + op.method(), op.path(), op.endpoint());
        }
    }

    @Test
    void noEndpointIsPolledAsAConsumer() {
        for (OperationDescriptor op : RenderfarmFiCatalog.catalog().operations()) {
            assertFalse(op.readOnly(), op.endpoint() + " is a signed POST, not a read the component polls");
        }
    }

    @Test
    void theCatalogHasTheTablesRetrySafetyForEveryEndpoint() throws IOException {
        Map<String, Boolean> table = safety(expected());

        assertEquals(table, catalogSafety());
        assertEquals(table, generatedSafety().orElse(table));
        assertEquals(Boolean.FALSE, catalogSafety().get("oauth/accessToken"), "it consumes the request token");
    }

    /** endpoints.json, written by the build from the catalog, says the same as the catalog. */
    @Test
    void theGeneratedEndpointListAgreesWithTheCatalog() throws IOException {
        Optional<Map<String, Boolean>> generated = generatedSafety();
        Assumptions.assumeTrue(generated.isPresent(), "endpoints.json was not generated in this build");
        assertEquals(catalogSafety(), generated.get());

        for (JsonNode entry : renderfarmEntries()) {
            if (!"renderfarmfi".equals(entry.path("provider").asText())) {
                continue;
            }
            OperationDescriptor op = RenderfarmFiCatalog.catalog().require(entry.get("endpoint").asText());
            List<String> names = new ArrayList<>();
            entry.path("parameters").forEach(p -> names.add(p.get("name").asText()
                    + (p.path("required").asBoolean() ? "*" : "")));
            assertEquals(op.parameters().stream().map(p -> p.name() + (p.required() ? "*" : "")).toList(), names,
                    op.endpoint());
            assertEquals(op.readOnly(), entry.path("consumer").asBoolean(), op.endpoint());
        }
    }

    /** The module publishes its three providers' endpoints and nothing else under the renderfarm scheme. */
    @Test
    void theModulePublishesSeventySevenRenderfarmEndpoints() throws IOException {
        List<JsonNode> entries = renderfarmEntries();
        Assumptions.assumeFalse(entries.isEmpty(), "endpoints.json was not generated in this build");

        Map<String, Integer> perProvider = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (JsonNode entry : entries) {
            perProvider.merge(entry.path("provider").asText(), 1, Integer::sum);
            names.add(entry.path("provider").asText() + " " + entry.path("endpoint").asText());
        }
        assertEquals(Map.of("fox", 50, "flamenco", 21, "renderfarmfi", 6), perProvider);
        assertEquals(77, entries.size());
        assertEquals(77, names.stream().distinct().count(), "no endpoint twice");
    }

    @Test
    void theEmbeddedTableMatchesOperationsTsvWhenItIsPresent() throws IOException {
        Optional<Path> tsv = operationsTsv();
        Assumptions.assumeTrue(tsv.isPresent(), "operations.tsv is outside the repository and was not found");
        Map<String, Row> fromFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv.get(), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells.length < 6 || !cells[0].equals("renderfarm")
                    || !cells[1].equals("renderfarmfi")) {
                continue;
            }
            // e.g. "POST XML-RPC user.getAllSessions (OAuth 1.0 HMAC-SHA1)" or "POST oauth.requestToken"
            List<String> words = new ArrayList<>(List.of(cells[4].strip().split("\\s+")));
            String verb = words.remove(0);
            boolean xmlRpc = words.get(0).equals("XML-RPC");
            String method = xmlRpc ? words.get(1) : words.get(0);
            fromFile.put(cells[2], new Row(cells[5].strip().equals("yes"), verb, "/" + method,
                    xmlRpc ? "xmlrpc" : "none"));
        }
        assertEquals(expected(), fromFile);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Optional<Map<String, Boolean>> generatedSafety() throws IOException {
        List<JsonNode> entries = renderfarmEntries();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Boolean> out = new TreeMap<>();
        for (JsonNode entry : entries) {
            if ("renderfarmfi".equals(entry.path("provider").asText())) {
                out.put(entry.get("endpoint").asText(), entry.get("retrySafe").asBoolean());
            }
        }
        return Optional.of(out);
    }

    /** The renderfarm entries of every endpoints.json on the class path (this module's is the one with any). */
    private List<JsonNode> renderfarmEntries() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/farmroutes/endpoints.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode entry : JSON.readTree(in)) {
                    if ("renderfarm".equals(entry.path("scheme").asText())) {
                        entries.add(entry);
                    }
                }
            }
        }
        return entries;
    }

    /** {@code shared/operations.tsv} up to three folders above the module (a checkout, or one in a worktree folder). */
    private static Optional<Path> operationsTsv() {
        Path module = Path.of("").toAbsolutePath();
        for (Path dir = module.getParent(); dir != null && module.getNameCount() - dir.getNameCount() <= 3;
             dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("operations.tsv");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
