package io.farmroutes.spi.state;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateStoresTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @TempDir
    Path folder;

    @Test
    void aJdbcStoreMadeByNameKeepsItsStateForTheNextStoreOnTheSameDatabase() {
        Map<String, String> options = Map.of("url", "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath(),
                "user", "sa", "password", "s3cret-pw", "table", "pipeline_state");
        StateStore first = StateStores.create("jdbc", options, loader);
        assertTrue(first.putIfAbsent("ns", "shot", "claimed"));

        StateStore second = StateStores.create("jdbc", options, loader);
        assertEquals("claimed", second.get("ns", "shot").orElseThrow());
        assertFalse(second.putIfAbsent("ns", "shot", "again"));
        assertFalse(second.toString().contains("s3cret-pw"));
    }

    @Test
    void theMemoryStoreAndBadOptionsAreReportedByName() {
        assertInstanceOf(InMemoryStateStore.class, StateStores.create("memory", Map.of(), loader));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> StateStores.create("jdbc", Map.of("url", "jdbc:h2:mem:x", "pasword", "p"), loader));
        assertTrue(unknown.getMessage().contains("'pasword'"), unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> StateStores.create("jdbs", Map.of(), loader));
        assertTrue(missing.getMessage().contains("Did you mean 'jdbc'"), missing.getMessage());
    }
}
