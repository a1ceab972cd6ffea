package io.farmroutes.benchmarks.overhead;

import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.sandbox.boinc.BoincEmulator;
import io.farmroutes.sandbox.boinc.BoincSettings;
import io.farmroutes.sandbox.fox.FoxEmulator;
import io.farmroutes.sandbox.fox.FoxSettings;

import java.net.http.HttpClient;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Keeps the overhead comparison honest: the bare clients must make the same requests and read the same answers as
 * the Camel endpoints they are measured against.
 */
class BareClientsTest {

    private static FoxEmulator fox;
    private static BoincEmulator boinc;
    private static OverheadTarget target;
    private static CamelClients camel;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        fox = FoxEmulator.start(new FoxSettings(), 0);
        boinc = BoincEmulator.start(new BoincSettings());
        target = OverheadTarget.of(fox, boinc, 120);
        camel = new CamelClients(target);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() throws Exception {
        camel.close();
        fox.close();
        boinc.close();
    }

    @Test
    void bareFoxClientReadsTheSameFramesAsTheEndpoint() throws Exception {
        BareFoxClient.FramePage bare = new BareFoxClient(http, target).frames();
        Page<FrameInfo> viaCamel = camel.frames();

        assertEquals(OverheadTarget.PAGE_SIZE, bare.items().size());
        assertEquals(120L, bare.total());
        assertEquals(viaCamel.total(), bare.total());
        assertEquals(viaCamel.pageCount(), bare.pageCount());
        assertEquals(viaCamel.items().stream().map(f -> List.of(f.id(), f.frameIndex(), f.frameStatus())).toList(),
                bare.items().stream().map(f -> List.of(f.id(), f.frameIndex(), f.frameStatus())).toList());
        assertEquals(2, fox.ledger().count(BareFoxClient.FRAMES_PATH), "one request per side");
    }

    @Test
    void bareBoincClientReadsTheSameAccountAsTheEndpoint() throws Exception {
        BareBoincClient.Account bare = new BareBoincClient(http, target).account();
        AccountInfo viaCamel = camel.account();

        assertNotNull(bare.id());
        assertEquals(viaCamel.id(), bare.id());
        assertEquals("José Ñúñez", bare.name());
        assertEquals(viaCamel.name(), bare.name());
        assertEquals(viaCamel.country(), bare.country());
        assertEquals(viaCamel.teamId(), bare.teamId());
    }

    @Test
    void synchronousEndpointsGiveTheSameAnswers() throws Exception {
        try (CamelClients waiting = new CamelClients(target, true)) {
            assertEquals(camel.account(), waiting.account());
            assertEquals(camel.frames().items(), waiting.frames().items());
        }
    }

    @Test
    void bareBoincClientRefusesAnErrorDocument() {
        OverheadTarget wrongKey = new OverheadTarget(target.foxDomain(), target.foxAccessId(), target.foxAccessKey(),
                target.foxPlatform(), target.taskId(), target.pageSize(), target.boincMasterUrl(),
                target.boincRpcBase(), "0123456789abcdef0123456789abcdef");
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new BareBoincClient(http, wrongKey).account());
    }
}
