package io.farmroutes.spi.operation;

import io.farmroutes.spi.error.InvalidParameterException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperationCatalogTest {

    private final OperationCatalog catalog = new OperationCatalog("boinc", null, List.of(
            OperationDescriptor.builder("account", "lookup").http("GET", "lookup_account.php").build(),
            OperationDescriptor.builder("account", "info").http("GET", "am_get_info.php").build()));

    @Test
    void unknownEndpointSuggestsTheNearest() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> catalog.require("account/lokup"));
        assertTrue(e.getSuggestions().contains("account/lookup"), e.getSuggestions().toString());
        assertTrue(e.getMessage().contains("boinc:account/lokup"), e.getMessage());
    }

    @Test
    void pathOverridesReplaceOnlyTheNamedOperation() {
        OperationCatalog moved = catalog.withPaths(Map.of("account/info", "/live/am_get_info.php"));
        assertEquals("/live/am_get_info.php", moved.require("account/info").path());
        assertEquals("lookup_account.php", moved.require("account/lookup").path());
        assertThrows(InvalidParameterException.class, () -> catalog.withPaths(Map.of("no/such", "/x")));
    }
}
