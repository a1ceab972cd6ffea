package io.farmroutes.spi.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;

/**
 * Reads an answer into memory but refuses to read past a limit, so that a hostile or broken server cannot
 * exhaust the heap with an endless body.
 */
final class BoundedResponseConsumer extends AbstractAsyncResponseConsumer<HttpResult, byte[]> {

    private final long limit;

    BoundedResponseConsumer(long limit) {
        super(new BoundedEntityConsumer(limit));
        this.limit = limit;
    }

    @Override
    protected HttpResult buildResult(HttpResponse response, byte[] entity, ContentType contentType) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h.getValue());
        }
        Charset charset = contentType != null ? contentType.getCharset() : null;
        String mime = contentType != null ? contentType.getMimeType() : null;
        return new HttpResult(response.getCode(), headers, entity != null ? entity : new byte[0], mime, charset);
    }

    @Override
    public void informationResponse(HttpResponse response, org.apache.hc.core5.http.protocol.HttpContext context)
            throws HttpException, IOException {
        // interim 1xx answers carry nothing we use
    }

    long limit() {
        return limit;
    }

    /** Signals that the body passed the size limit. */
    static final class ResponseTooLargeException extends IOException {
        ResponseTooLargeException(long limit) {
            super("the answer is larger than the limit of " + limit + " bytes");
        }
    }

    private static final class BoundedEntityConsumer extends AbstractBinAsyncEntityConsumer<byte[]> {
        private final long limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        BoundedEntityConsumer(long limit) {
            this.limit = limit;
        }

        @Override
        protected void streamStart(ContentType contentType) {
            // nothing to prepare
        }

        @Override
        protected int capacityIncrement() {
            return 64 * 1024;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            if (buffer.size() + (long) src.remaining() > limit) {
                throw new ResponseTooLargeException(limit);
            }
            if (src.hasArray()) {
                buffer.write(src.array(), src.arrayOffset() + src.position(), src.remaining());
                src.position(src.limit());
            } else {
                byte[] chunk = new byte[src.remaining()];
                src.get(chunk);
                buffer.write(chunk);
            }
        }

        @Override
        protected byte[] generateContent() {
            return buffer.toByteArray();
        }

        @Override
        public void releaseResources() {
            // the buffer is garbage once the result is built
        }
    }
}
