package io.farmroutes.sandbox.ipernity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed {@code multipart/form-data} body: text fields, and file parts with their names and bytes. */
final class MultipartForm {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    /** A file part as received. */
    record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    private final List<Map.Entry<String, String>> fields;
    private final Map<String, FilePart> files;

    private MultipartForm(List<Map.Entry<String, String>> fields, Map<String, FilePart> files) {
        this.fields = fields;
        this.files = files;
    }

    /** Parses the body when the content type is multipart/form-data; empty otherwise. */
    static Optional<MultipartForm> parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Map<String, FilePart> files = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int partStart = at + delimiter.length;
            if (partStart + 2 <= body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break;
            }
            partStart += 2; // CRLF after the delimiter
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                break;
            }
            int partEnd = next - 2; // CRLF before the next delimiter
            int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
            if (headerEnd < 0 || headerEnd > partEnd) {
                break;
            }
            String headers = new String(body, partStart, headerEnd - partStart, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headerEnd + 4, Math.max(headerEnd + 4, partEnd));
            Matcher name = NAME.matcher(headers);
            Matcher fileName = FILENAME.matcher(headers);
            if (name.find()) {
                if (fileName.find()) {
                    files.put(name.group(1), new FilePart(name.group(1), fileName.group(1),
                            header(headers, "content-type"), content));
                } else {
                    fields.add(Map.entry(name.group(1), new String(content, StandardCharsets.UTF_8)));
                }
            }
            at = next;
        }
        return Optional.of(new MultipartForm(fields, files));
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    List<Map.Entry<String, String>> fields() {
        return fields;
    }

    Optional<FilePart> file(String field) {
        return Optional.ofNullable(files.get(field));
    }

    /** Every part name, files included, for checks that do not care which is which. */
    boolean hasPart(String name) {
        return files.containsKey(name) || fields.stream().anyMatch(f -> f.getKey().equals(name));
    }
}
