package io.farmroutes.renderfarm;

import io.farmroutes.renderfarm.fox.FoxApiException;
import io.farmroutes.renderfarm.fox.FoxError;
import io.farmroutes.renderfarm.fox.FoxProvider;
import io.farmroutes.renderfarm.fox.model.CreatedTasks;
import io.farmroutes.renderfarm.fox.model.Page;
import io.farmroutes.sandbox.RecordedRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is retried, what is not, and how an expired signature is mended. */
class FoxReliabilityTest extends FoxTestSupport {

    private static final String CREATE_PATH = "/api/render/submit/createTask";
    private static final String LIST_PATH = "/api/render/handle/getTaskList/v2";

    @Test
    void aRetrySafeReadIsRetriedAfterInternalErrorsWithAFreshSignature() {
        emulator().settings().failNext(500, 2);

        call("renderfarm:task/list", Page.class);

        List<RecordedRequest> attempts = requests(LIST_PATH);
        assertEquals(3, attempts.size());
        assertEquals(3, attempts.stream().map(r -> r.headers().get("nonce")).distinct().count(),
                "each attempt has its own nonce");
    }

    @Test
    void taskCreationIsNeverRetriedBlindly() {
        emulator().settings().failNext(1000, 1);
        int tasksBefore = emulator().state().taskIds().size();

        FoxApiException e = failure("renderfarm:task/create", FoxApiException.class);

        assertEquals(1000, e.getCode());
        assertTrue(e.isTransient(), "a later attempt could succeed, but it is the caller's call to make");
        assertEquals(1, requests(CREATE_PATH).size());
        assertEquals(tasksBefore, emulator().state().taskIds().size());
    }

    @Test
    void anExpiredSignatureIsSentOnceMoreFreshlySignedEvenForTaskCreation() {
        AtomicInteger reads = new AtomicInteger();
        Clock late = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                // the first signature is an hour old, as on a machine whose clock has drifted once
                return reads.getAndIncrement() == 0 ? Instant.now().minus(Duration.ofHours(1)) : Instant.now();
            }
        };
        component().addProvider(new FoxProvider(late));
        int tasksBefore = emulator().state().taskIds().size();

        CreatedTasks created = call("renderfarm:task/create", CreatedTasks.class);

        assertEquals(1, created.taskIdList().size());
        assertEquals(2, requests(CREATE_PATH).size());
        assertEquals(tasksBefore + 1, emulator().state().taskIds().size(), "exactly one task created");
    }

    @Test
    void aWrongAccessKeyIsAnInvalidSignatureThatIsNotRetried() {
        component().getConfiguration().setAccessKey("not-the-key");

        FoxApiException e = failure("renderfarm:task/list", FoxApiException.class);

        assertEquals(FoxError.SIGNATURE_INVALID, e.getError().orElseThrow());
        assertFalse(e.isTransient());
        assertNotEquals(null, e.getRequestId());
        assertEquals(1, requests(LIST_PATH).size());
        assertFalse(e.getMessage().contains("not-the-key"), "the key never appears: " + e.getMessage());
    }

    @Test
    void anUnknownTaskIsARemoteErrorWithTheRequestId() {
        FoxApiException e = failure("renderfarm:task/submit?taskId=999999999", FoxApiException.class);
        assertNotEquals(200, e.getCode());
        assertTrue(e.getMessage().contains("renderfarm:task/submit"), e.getMessage());
        assertInstanceOf(String.class, e.getRequestId());
    }
}
