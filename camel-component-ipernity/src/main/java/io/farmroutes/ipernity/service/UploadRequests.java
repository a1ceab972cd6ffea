package io.farmroutes.ipernity.service;

import io.farmroutes.spi.engine.WireFormat;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.http.multipart.FilePart;
import io.farmroutes.spi.http.multipart.MultipartBody;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.net.URLConnection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds upload.file / upload.replace requests: text fields as form fields (signed), the file as a streamed part. */
final class UploadRequests {

    private static final Set<Integer> ORIENTATIONS = Set.of(1, 3, 6, 8);

    private UploadRequests() {
    }

    static WireRequest build(String label, OperationDescriptor op, Map<String, Object> parameters, String baseUrl) {
        checkValues(label, parameters);
        WireRequest request = new WireRequest(op.httpMethod(), baseUrl, op.path());
        for (ParameterDescriptor p : op.parameters()) {
            Object value = parameters.get(p.name());
            if (value != null && p.location() == ParamLocation.MULTIPART) {
                request.addForm(p.wireName(), WireFormat.NUMERIC_BOOLEANS.format(value));
            }
        }
        Object source = parameters.get("file");
        String fileName = (String) parameters.getOrDefault("fileName", FilePart.defaultFileName(source));
        String contentType = (String) parameters.get("contentType");
        if (contentType == null) {
            contentType = URLConnection.guessContentTypeFromName(fileName);
        }
        request.streamingBody(new MultipartBody(List.of(), new FilePart("file", fileName, contentType, source)));
        return request;
    }

    private static void checkValues(String label, Map<String, Object> parameters) {
        Object dir = parameters.get("dir");
        if (dir != null && !ORIENTATIONS.contains(dir)) {
            throw new InvalidParameterException(label, "dir", "must be 1 (up), 3 (down), 6 (left) or 8 (right)");
        }
        if (parameters.get("file") instanceof byte[] bytes && bytes.length == 0) {
            throw new InvalidParameterException(label, "file", "is empty");
        }
        if (parameters.get("file") instanceof java.io.File f && !f.isFile()) {
            throw new InvalidParameterException(label, "file", "names no readable file: " + f);
        }
        if (parameters.get("file") instanceof java.nio.file.Path p && !java.nio.file.Files.isRegularFile(p)) {
            throw new InvalidParameterException(label, "file", "names no readable file: " + p);
        }
        boolean hasLat = parameters.containsKey("lat");
        if (hasLat != parameters.containsKey("lng")) {
            throw new InvalidParameterException(label, hasLat ? "lng" : "lat", "is required together with "
                    + (hasLat ? "lat" : "lng"));
        }
    }
}
