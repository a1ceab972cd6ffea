package io.farmroutes.spi.http.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Writes a multipart body chunk by chunk as the connection accepts it, so that a file of any size passes
 * through a buffer of {@value #CHUNK} bytes and is never held whole in memory.
 */
final class MultipartEntityProducer implements AsyncEntityProducer {

    static final int CHUNK = 64 * 1024;

    private enum Stage { HEAD, FILE, TAIL, DONE }

    private final String contentType;
    private final byte[] head;
    private final byte[] tail;
    private final FilePart file;
    private final long contentLength;
    private final byte[] chunk = new byte[CHUNK];
    private InputStream in;
    private ByteBuffer pending;
    private Stage stage = Stage.HEAD;

    MultipartEntityProducer(String boundary, List<Map.Entry<String, String>> fields, FilePart file) {
        this.contentType = "multipart/form-data; boundary=" + boundary;
        this.file = file;
        this.head = head(boundary, fields, file);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long fileLength = file.length();
        this.contentLength = fileLength < 0 ? -1 : head.length + fileLength + tail.length;
    }

    private static byte[] head(String boundary, List<Map.Entry<String, String>> fields, FilePart file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(field.getKey())
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
            write(out, field.getValue());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(file.fieldName())
                + "\"; filename=\"" + quoted(file.fileName()) + "\"\r\nContent-Type: " + file.contentType()
                + "\r\n\r\n");
        return out.toByteArray();
    }

    /** Quotes and line breaks would end the header value early; browsers percent-encode them the same way. */
    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isRepeatable() {
        // each attempt gets a new producer from MultipartBody
        return false;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public long getContentLength() {
        return contentLength;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return contentLength < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }

    @Override
    public int available() {
        return stage == Stage.DONE ? 0 : CHUNK;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        while (stage != Stage.DONE) {
            if (pending != null && pending.hasRemaining()) {
                channel.write(pending);
                if (pending.hasRemaining()) {
                    // the connection is full: the reactor calls again when it can take more
                    return;
                }
            }
            pending = next();
            if (pending == null) {
                stage = Stage.DONE;
                closeStream();
                channel.endStream();
            }
        }
    }

    /** The next slice of the body, or null at its end. Reads the file on the I/O thread: files do not block long. */
    private ByteBuffer next() throws IOException {
        switch (stage) {
            case HEAD -> {
                stage = Stage.FILE;
                return ByteBuffer.wrap(head);
            }
            case FILE -> {
                if (in == null) {
                    in = file.open();
                }
                int n = in.read(chunk);
                if (n >= 0) {
                    return ByteBuffer.wrap(chunk, 0, n);
                }
                closeStream();
                stage = Stage.TAIL;
                return ByteBuffer.wrap(tail);
            }
            default -> {
                return null;
            }
        }
    }

    private void closeStream() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing more will be read from it
            }
            in = null;
        }
    }

    @Override
    public void failed(Exception cause) {
        closeStream();
    }

    @Override
    public void releaseResources() {
        closeStream();
    }
}
