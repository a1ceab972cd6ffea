package io.farmroutes.renderfarm.fox;

import io.farmroutes.spi.engine.RequestSigner;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.render.FarmSettings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Signs each attempt afresh: a new UTCTimestamp and nonce, then the §3 signature over headers and body. */
final class FoxSigner implements RequestSigner<FarmSettings> {

    /** The headers that enter the signature, in the order the SDK sends them. */
    static final String[] SIGNED_HEADERS = {"accessId", "channel", "platform", "UTCTimestamp", "nonce", "version"};

    private final Clock clock;

    FoxSigner(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void sign(WireRequest request, OperationDescriptor operation, FarmSettings settings) {
        // prepare() checked the options; the domain is the base URL's authority, as the request goes there
        String domain = request.baseUrl().substring(request.baseUrl().indexOf("://") + 3);
        String accessKey = settings.text("accessKey").orElseThrow(() -> new IllegalStateException(
                FoxCatalog.catalog().label(operation.endpoint()) + ": the access key was removed after the request"
                        + " was prepared"));
        request.header("UTCTimestamp", Long.toString(clock.millis() / 1000));
        // the SDK's range; the server accepts any decimal nonce
        request.header("nonce", Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : SIGNED_HEADERS) {
            signed.put(name, request.headers().get(name));
        }
        String text = FoxSignature.stringToSign(domain, request.path(), signed, request.json());
        request.header("signature", FoxSignature.hmac(accessKey, text));
    }
}
