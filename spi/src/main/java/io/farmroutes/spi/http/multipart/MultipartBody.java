package io.farmroutes.spi.http.multipart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * A {@code multipart/form-data} body of text fields and one streamed file, for
 * {@link io.farmroutes.spi.http.WireRequest#streamingBody}; each call of {@link #get()} starts a fresh stream.
 */
public final class MultipartBody implements Supplier<AsyncEntityProducer> {

    private final List<Map.Entry<String, String>> fields;
    private final FilePart file;

    public MultipartBody(List<Map.Entry<String, String>> fields, FilePart file) {
        this.fields = List.copyOf(fields);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The same file with these text fields (for example after a signer added its signature). */
    public MultipartBody withFields(List<Map.Entry<String, String>> newFields) {
        return new MultipartBody(newFields, file);
    }

    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    public FilePart file() {
        return file;
    }

    @Override
    public AsyncEntityProducer get() {
        // a random boundary cannot collide with file content in any practical sense
        String boundary = "----farmroutes" + UUID.randomUUID().toString().replace("-", "");
        return new MultipartEntityProducer(boundary, fields, file);
    }

    @Override
    public String toString() {
        return "MultipartBody[" + fields.size() + " fields, " + file + "]";
    }
}
