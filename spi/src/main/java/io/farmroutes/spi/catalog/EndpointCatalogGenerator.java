package io.farmroutes.spi.catalog;

import io.farmroutes.spi.operation.OperationCatalog;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Build step: writes {@code META-INF/farmroutes/endpoints.json} into a module's classes and its endpoint
 * reference into the module's docs, from the catalogs that module itself defines.
 */
public final class EndpointCatalogGenerator {

    private EndpointCatalogGenerator() {
    }

    /** Arguments: the module's output directory, then the directory for the markdown reference. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EndpointCatalogGenerator <classes dir> <docs dir>");
        }
        Path classes = Path.of(args[0]).toAbsolutePath().normalize();
        Path docs = Path.of(args[1]);
        List<OperationCatalog> catalogs = catalogsDefinedIn(classes);
        if (catalogs.isEmpty()) {
            throw new IllegalStateException("no EndpointCatalogSource is registered in " + classes);
        }
        Path json = classes.resolve("META-INF/farmroutes/endpoints.json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, EndpointCatalogJson.write(catalogs), StandardCharsets.UTF_8);
        Files.createDirectories(docs);
        String name = catalogs.get(0).scheme() + "-endpoints.md";
        Files.writeString(docs.resolve(name), EndpointReferenceMarkdown.write(catalogs), StandardCharsets.UTF_8);
    }

    static List<OperationCatalog> catalogsDefinedIn(Path classes) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<OperationCatalog> catalogs = new ArrayList<>();
        for (EndpointCatalogSource source : ServiceLoader.load(EndpointCatalogSource.class, loader)) {
            if (isFrom(source.getClass(), classes)) {
                catalogs.add(source.catalog());
            }
        }
        catalogs.sort(Comparator.comparing((OperationCatalog c) -> c.scheme())
                .thenComparing(c -> c.provider() == null ? "" : c.provider()));
        return catalogs;
    }

    private static boolean isFrom(Class<?> type, Path classes) {
        URL location = type.getProtectionDomain().getCodeSource() == null ? null
                : type.getProtectionDomain().getCodeSource().getLocation();
        if (location == null) {
            return false;
        }
        try {
            return Path.of(location.toURI()).toAbsolutePath().normalize().equals(classes);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
