package io.farmroutes.spi.operation;

import io.farmroutes.spi.error.InvalidParameterException;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
