package io.farmroutes.renderfarm.flamenco.endpoints;

import io.farmroutes.renderfarm.flamenco.FlamencoCatalog;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 21 Flamenco endpoints of operations.tsv against the catalog, endpoints.json, the emulator and the tests. */
class FlamencoEndpointCatalogTest extends FlamencoEndpointTestSupport {

    /** The flamenco rows of operations.tsv: endpoint, retry-safe, and the verb and path of the wire column. */
    private static final String OPERATIONS = """
            project/list         yes  GET    /projects
            project/get          yes  GET    /projects/{id}
            worker/list          yes  GET    /workers
            worker/updateStatus  yes  POST   /workers
            worker/get           yes  GET    /workers/{id}
            manager/list         yes  GET    /managers
            manager/register     yes  POST   /managers
            manager/update       yes  PATCH  /managers/{uuid}
            setting/list         yes  GET    /settings
            setting/update       yes  POST   /settings
            setting/renderFiles  yes  GET    /settings/render
            browse/root          yes  GET    /browse
            browse/path          yes  GET    /browse/{path}
            job/list             yes  GET    /jobs
            job/create           no   POST   /jobs
            job/get              yes  GET    /jobs/{id}
            job/command          yes  PUT    /jobs/{id}
            job/delete           yes  DELETE /jobs/{id}
            job/deleteMany       yes  POST   /jobs/delete
            task/list            yes  GET    /tasks
            task/updateStatus    yes  POST   /tasks
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private record Row(boolean retrySafe, String verb, String path) {
    }

    private static Map<String, Row> expected() {
        Map<String, Row> rows = new LinkedHashMap<>();
        OPERATIONS.lines().filter(l -> !l.isBlank()).forEach(line -> {
            String[] cells = line.strip().split("\\s+");
            rows.put(cells[0], new Row(cells[1].equals("yes"), cells[2], cells[3]));
        });
        return rows;
    }

    private static Map<String, Row> catalogRows() {
        Map<String, Row> rows = new TreeMap<>();
        for (OperationDescriptor op : FlamencoCatalog.catalog().operations()) {
            rows.put(op.endpoint(), new Row(op.retrySafe(), op.httpMethod(), op.path()));
        }
        return rows;
    }

    @Test
    void theCatalogHoldsExactlyTheTwentyOneEndpointsWithTheirRetrySafetyVerbAndPath() {
        Map<String, Row> rows = expected();
        assertEquals(21, rows.size(), "the embedded table");

        assertEquals(new TreeMap<>(rows), catalogRows());
        assertEquals("renderfarm", FlamencoCatalog.catalog().scheme());
        assertEquals("flamenco", FlamencoCatalog.catalog().provider());
        assertEquals(List.of("job/create"), rows.entrySet().stream().filter(e -> !e.getValue().retrySafe())
                .map(Map.Entry::getKey).toList(), "the one endpoint a retry could duplicate");
    }

    @Test
    void readsAreExactlyTheGetEndpoints() {
        for (OperationDescriptor op : FlamencoCatalog.catalog().operations()) {
            assertEquals(op.httpMethod().equals("GET"), op.readOnly(), op.endpoint());
        }
    }

    /** Each placeholder of a path is filled by one required parameter: a path parameter, or browse's own. */
    @Test
    void everyPlaceholderHasItsRequiredParameter() {
        for (OperationDescriptor op : FlamencoCatalog.catalog().operations()) {
            Matcher m = PLACEHOLDER.matcher(op.path());
            List<String> placeholders = new ArrayList<>();
            while (m.find()) {
                placeholders.add(m.group(1));
            }
            List<ParameterDescriptor> inPath = op.parameters().stream()
                    .filter(p -> p.location() == ParamLocation.PATH).toList();
            if (op.endpoint().equals("browse/path")) {
                assertEquals(List.of("path"), placeholders);
                ParameterDescriptor path = op.parameter("path").orElseThrow();
                assertTrue(path.required());
                assertEquals(ParamLocation.CLIENT, path.location(), "its '/' must survive: placed by the service");
                continue;
            }
            assertEquals(placeholders, inPath.stream().map(ParameterDescriptor::wireName).toList(), op.endpoint());
            inPath.forEach(p -> assertTrue(p.required(), op.endpoint() + " " + p.name()));
        }
    }

    /** The emulator has a route for every path of the table and announces the table's verb on it. */
    @Test
    void theEmulatorServesEveryPathWithTheTablesVerb() {
        expected().forEach((endpoint, row) -> {
            String path = row.path().replace("{uuid}", "0123456789abcdef0123456789abcdef")
                    .replace("{path}", "shots/010").replace("{id}", "1");
            HttpResponse<String> options = raw("OPTIONS", path, null);
            assertEquals(200, options.statusCode(), () -> endpoint + " " + path + ": " + options.body());
            String allow = options.headers().firstValue("Allow").orElse("");
            assertTrue(List.of(allow.split(",\\s*")).contains(row.verb()), endpoint + ": Allow " + allow);
        });
    }

    /*
     * Which class calls which endpoint through Camel against the emulator:
     *   FlamencoProjectSettingsAndBrowseEndpointsTest: project/list, project/get, setting/list, setting/update,
     *       setting/renderFiles, browse/root, browse/path
     *   FlamencoWorkerAndManagerEndpointsTest: worker/list, worker/updateStatus, worker/get, manager/list,
     *       manager/register, manager/update
     *   FlamencoJobAndTaskEndpointsTest: job/list, job/create, job/get, job/command, job/delete, job/deleteMany,
     *       task/list, task/updateStatus
     */
    @Test
    void theEndpointTestClassesTogetherCallEveryEndpoint() {
        List<String> claimed = new ArrayList<>();
        Stream.of(FlamencoProjectSettingsAndBrowseEndpointsTest.ENDPOINTS,
                FlamencoWorkerAndManagerEndpointsTest.ENDPOINTS, FlamencoJobAndTaskEndpointsTest.ENDPOINTS)
                .forEach(claimed::addAll);

        assertEquals(claimed.size(), claimed.stream().distinct().count(), "each endpoint has one owning class");
        assertEquals(new TreeSet<>(expected().keySet()), new TreeSet<>(claimed));
    }

    /** endpoints.json, written by the build from the catalog, says the same for every flamenco entry. */
    @Test
    void theGeneratedEndpointListAgreesWithTheCatalog() throws IOException {
        JsonNode all;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/farmroutes/endpoints.json")) {
            Assumptions.assumeTrue(in != null, "endpoints.json was not generated in this build");
            all = JSON.readTree(in);
        }
        Map<String, Boolean> safety = new TreeMap<>();
        for (JsonNode entry : all) {
            if (!"flamenco".equals(entry.path("provider").asText())) {
                continue;
            }
            String endpoint = entry.get("endpoint").asText();
            assertEquals("renderfarm", entry.path("scheme").asText(), endpoint);
            safety.put(endpoint, entry.get("retrySafe").asBoolean());
            OperationDescriptor op = FlamencoCatalog.catalog().require(endpoint);
            assertEquals(op.readOnly(), entry.path("consumer").asBoolean(), endpoint + ": consumer");
            Map<String, Boolean> required = new LinkedHashMap<>();
            entry.path("parameters").forEach(p -> required.put(p.get("name").asText(), p.path("required")
                    .asBoolean()));
            Map<String, Boolean> declared = new LinkedHashMap<>();
            op.parameters().forEach(p -> declared.put(p.name(), p.required()));
            assertEquals(declared, required, endpoint + ": parameters");
        }
        Map<String, Boolean> table = new TreeMap<>();
        expected().forEach((endpoint, row) -> table.put(endpoint, row.retrySafe()));
        assertEquals(table, safety);
    }

    /** The embedded table is a copy of operations.tsv; when the workspace has the file, they must agree. */
    @Test
    void theEmbeddedTableMatchesOperationsTsvWhenItIsPresent() throws IOException {
        Optional<Path> tsv = operationsTsv();
        Assumptions.assumeTrue(tsv.isPresent(), "operations.tsv is outside the repository and was not found");
        Map<String, Row> fromFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv.get(), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells.length < 6 || !cells[0].equals("renderfarm")
                    || !cells[1].equals("flamenco")) {
                continue;
            }
            String[] wire = cells[4].strip().split(" ");
            assertEquals(2, wire.length, () -> "a wire column of verb and path: " + cells[4]);
            fromFile.put(cells[2], new Row(cells[5].strip().equals("yes"), wire[0], wire[1]));
        }
        assertEquals(expected(), fromFile);
    }

    /**
     * {@code shared/operations.tsv} next to the checkout ({@code ../../shared} from the module), or a level
     * higher for a checkout inside a worktree folder.
     */
    static Optional<Path> operationsTsv() {
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
