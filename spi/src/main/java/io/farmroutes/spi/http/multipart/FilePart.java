package io.farmroutes.spi.http.multipart;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The file part of a multipart body: a field name, a file name, a content type and where the bytes come from. */
public final class FilePart {

    private final String fieldName;
    private final String fileName;
    private final String contentType;
    private final Object source;

    /**
     * @param source a {@link File}, {@link Path}, {@link InputStream} or {@code byte[]}; an InputStream can be
     *               sent only once
     */
    public FilePart(String fieldName, String fileName, String contentType, Object source) {
        this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = contentType == null ? "application/octet-stream" : contentType;
        this.source = Objects.requireNonNull(source, "source");
        if (!(source instanceof File || source instanceof Path || source instanceof InputStream
                || source instanceof byte[])) {
            throw new IllegalArgumentException("a file part is a File, Path, InputStream or byte[], not "
                    + source.getClass().getName());
        }
    }

    public String fieldName() {
        return fieldName;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    /** The number of bytes, or -1 when the source is a stream of unknown length. */
    public long length() {
        try {
            if (source instanceof File f) {
                return f.length();
            }
            if (source instanceof Path p) {
                return Files.size(p);
            }
        } catch (IOException e) {
            return -1;
        }
        if (source instanceof byte[] bytes) {
            return bytes.length;
        }
        return -1;
    }

    /** Opens the bytes; the caller closes the stream. */
    public InputStream open() throws IOException {
        if (source instanceof File f) {
            return Files.newInputStream(f.toPath());
        }
        if (source instanceof Path p) {
            return Files.newInputStream(p);
        }
        if (source instanceof byte[] bytes) {
            return new ByteArrayInputStream(bytes);
        }
        return (InputStream) source;
    }

    /** A name for the part when the caller gave none: the file's own name, else "file". */
    public static String defaultFileName(Object source) {
        if (source instanceof File f) {
            return f.getName();
        }
        if (source instanceof Path p && p.getFileName() != null) {
            return p.getFileName().toString();
        }
        return "file";
    }

    @Override
    public String toString() {
        return "FilePart[" + fieldName + ", " + fileName + ", " + contentType + ", " + length() + " bytes]";
    }
}
