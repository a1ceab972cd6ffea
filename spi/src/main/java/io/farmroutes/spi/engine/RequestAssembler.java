package io.farmroutes.spi.engine;

import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.ConstantParam;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParamLocation;
import io.farmroutes.spi.operation.ParameterDescriptor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Places each parameter where its descriptor says (query, form, JSON body, path, header, cookie). Locations
 * that need a service's own codec (multipart, XML-RPC) and client-side parameters are left to the service.
 */
public final class RequestAssembler {

    private RequestAssembler() {
    }

    public static WireRequest assemble(OperationDescriptor op, Map<String, Object> parameters, String baseUrl,
                                       WireFormat format) {
        String path = op.path();
        for (ParameterDescriptor p : op.parameters()) {
            Object value = parameters.get(p.name());
            if (value != null && p.location() == ParamLocation.PATH) {
                path = path.replace("{" + p.wireName() + "}",
                        URLEncoder.encode(format.format(value), StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        WireRequest request = new WireRequest(op.httpMethod(), baseUrl, path);
        for (ConstantParam c : op.constants()) {
            place(request, c.location(), c.wireName(), c.value(), format);
        }
        for (ParameterDescriptor p : op.parameters()) {
            Object value = parameters.get(p.name());
            if (value != null && p.location() != ParamLocation.PATH) {
                place(request, p.location(), p.wireName(), value, format);
            }
        }
        return request;
    }

    private static void place(WireRequest request, ParamLocation location,
                              String wireName, Object value, WireFormat format) {
        switch (location) {
            case QUERY -> request.addQuery(wireName, format.format(value));
            case FORM -> request.addForm(wireName, format.format(value));
            case JSON_BODY -> request.json().put(wireName, value);
            case HEADER -> request.header(wireName, format.format(value));
            case COOKIE -> request.cookie(wireName, format.format(value));
            default -> {
                // multipart parts, XML-RPC arguments and client-side values are the service's to place
            }
        }
    }
}
