package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.spi.engine.RequestSigner;
import io.farmroutes.spi.error.SignatureException;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.http.multipart.MultipartBody;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds {@code api_sig} over every parameter about to be sent (query, form or multipart text fields) and the
 * method name. Signs whenever a secret is configured; without one, only calls that need no signature pass.
 */
final class IpernitySigner implements RequestSigner<IpernityConfiguration> {

    private static final String JSON_SUFFIX = "/json";

    @Override
    public void sign(WireRequest request, OperationDescriptor op, IpernityConfiguration config) {
        List<Map.Entry<String, String>> sent = new ArrayList<>(request.query());
        sent.addAll(request.form());
        String secret = config.getApiSecret();
        if (secret == null || secret.isEmpty()) {
            boolean mustSign = op.hint(IpernityCatalog.METHOD_HINT).isPresent()
                    || sent.stream().anyMatch(p -> "auth_token".equals(p.getKey()));
            if (mustSign) {
                throw new SignatureException("ipernity:" + op.endpoint(), "cannot sign the call: the apiSecret"
                        + " option is not set (it is required with auth_token and for signed methods)", null);
            }
            return;
        }
        String signature = ApiSignature.sign(sent, methodOf(request), secret);
        if ("GET".equals(request.method())) {
            request.addQuery("api_sig", signature);
        } else {
            request.addForm("api_sig", signature);
        }
        if (request.streamingBody() instanceof MultipartBody multipart) {
            // the multipart text fields are the request's form fields, now with the signature among them
            request.streamingBody(multipart.withFields(request.form()));
        }
    }

    /** The path is {@code <method>/json}: the method name is what the signature ends with. */
    private static String methodOf(WireRequest request) {
        String path = request.path();
        String method = path.endsWith(JSON_SUFFIX) ? path.substring(0, path.length() - JSON_SUFFIX.length()) : path;
        return method.startsWith("/") ? method.substring(1) : method;
    }
}
