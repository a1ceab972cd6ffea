package io.farmroutes.spi.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;

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

    /**
     * Collects the body into one array. When the answer states a modest length the array is allocated once at
     * that size and handed over as it is, with no copy; otherwise it doubles as data arrives and is trimmed at the
     * end, so that a length announced but never sent costs nothing.
     */
    private static final class BoundedEntityConsumer implements AsyncEntityConsumer<byte[]> {

        private static final int UNKNOWN_LENGTH_START = 8 * 1024;
        private static final int LARGEST_PRESIZE = 1024 * 1024;
        private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 16;
        private static final int CAPACITY_INCREMENT = 64 * 1024;

        private final long limit;
        private byte[] buffer = new byte[0];
        private int size;
        private FutureCallback<byte[]> callback;
        private byte[] content;

        BoundedEntityConsumer(long limit) {
            this.limit = limit;
        }

        @Override
        public void streamStart(EntityDetails entity, FutureCallback<byte[]> resultCallback) throws IOException {
            this.callback = resultCallback;
            long length = entity.getContentLength();
            if (length > limit) {
                throw new ResponseTooLargeException(limit);
            }
            buffer = new byte[(int) Math.min(length >= 0 ? Math.min(length, LARGEST_PRESIZE) : UNKNOWN_LENGTH_START,
                    limit)];
        }

        @Override
        public void updateCapacity(CapacityChannel channel) throws IOException {
            channel.update(CAPACITY_INCREMENT);
        }

        @Override
        public void consume(ByteBuffer src) throws IOException {
            int incoming = src.remaining();
            if (size + (long) incoming > Math.min(limit, LARGEST_ARRAY)) {
                throw new ResponseTooLargeException(limit);
            }
            if (size + incoming > buffer.length) {
                long grown = Math.max((long) buffer.length * 2, (long) size + incoming);
                buffer = Arrays.copyOf(buffer, (int) Math.min(grown, Math.min(limit, LARGEST_ARRAY)));
            }
            src.get(buffer, size, incoming);
            size += incoming;
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            content = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
            buffer = null;
            if (callback != null) {
                callback.completed(content);
            }
        }

        @Override
        public void failed(Exception cause) {
            if (callback != null) {
                callback.failed(cause);
            }
        }

        @Override
        public byte[] getContent() {
            return content;
        }

        @Override
        public void releaseResources() {
            // the buffer is garbage once the result is built
        }
    }
}
