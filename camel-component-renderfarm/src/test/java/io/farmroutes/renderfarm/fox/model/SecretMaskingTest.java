package io.farmroutes.renderfarm.fox.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    private static final String KEY = "8ccb94d67c1e4c17fd0691c02ab7f753cea64e3d";
    private static final String PASSWORD = "s3cret-Aspera-pass";

    @Test
    void raysyncKeyIsReadButNotPrinted() {
        RaysyncUserKey key = Json.read("""
                {"raySyncUserKey": "%s", "userName": "rayvision", "platform": 2, "id": 100093088, "zone": 1,
                 "channel": 4}
                """.formatted(KEY), RaysyncUserKey.class);

        assertEquals(KEY, key.raySyncUserKey());
        assertEquals("rayvision", key.userName());
        assertEquals(2, key.platform());
        assertEquals(100093088L, key.id());
        assertEquals(1, key.zone());
        String text = key.toString();
        assertFalse(text.contains(KEY), text);
        assertTrue(text.contains("raySyncUserKey=****"), text);
        assertTrue(text.contains("userName=rayvision"), text);
        assertTrue(text.contains("channel=4"), text);
    }

    @Test
    void engineAccountPasswordIsReadButNotPrintedEvenNested() {
        TransferConfig config = Json.read("""
                {"inputBid": "10202", "outputBid": "20202", "configBid": "30202",
                 "resqEngines": [{"engineName": "Aspera", "isDefault": 0,
                   "resqEngineAccounts": [{"bid": "10202", "name": "asp_user", "password": "%s"}]}]}
                """.formatted(PASSWORD), TransferConfig.class);

        EngineAccount account = config.resqEngines().get(0).resqEngineAccounts().get(0);
        assertEquals(PASSWORD, account.password());
        assertEquals("asp_user", account.name());
        assertFalse(account.toString().contains(PASSWORD), account.toString());
        assertTrue(account.toString().contains("password=****"), account.toString());
        assertFalse(config.toString().contains(PASSWORD), config.toString());
    }

    @Test
    void missingSecretsPrintAsNull() {
        assertTrue(new RaysyncUserKey(null, "u", null, null, null, null).toString().contains("raySyncUserKey=null"));
        assertTrue(new EngineAccount("1", "n", null, null).toString().contains("password=null"));
    }
}
