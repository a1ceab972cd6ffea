package io.farmroutes.ipernity.service;

import io.farmroutes.ipernity.IpernityConfiguration;
import io.farmroutes.ipernity.IpernityException;
import io.farmroutes.ipernity.model.MethodResult;
import io.farmroutes.spi.engine.CompositeOperation;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.engine.OperationInvoker;
import io.farmroutes.spi.error.FarmException;
import io.farmroutes.spi.error.InvalidParameterException;
import io.farmroutes.spi.operation.OperationDescriptor;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * call/&lt;method&gt;: picks GET (retry-safe) or POST (never repeated) for the method, then reports results and
 * errors under the method's own name.
 */
final class MethodCall implements CompositeOperation<IpernityConfiguration> {

    private final OperationDescriptor asGet;
    private final OperationDescriptor asPost;

    MethodCall(OperationDescriptor call) {
        this.asGet = call.withHttpMethod("GET", true);
        this.asPost = call.withHttpMethod("POST", false);
    }

    @Override
    public CompletableFuture<Object> run(Map<String, Object> parameters, IpernityConfiguration config,
                                         OperationInvoker<IpernityConfiguration> invoker) {
        String method = (String) parameters.get(IpernityCatalog.METHOD_PARAM);
        String label = "ipernity:" + IpernityCatalog.CALL_API + "/" + method;
        OperationDescriptor variant;
        try {
            MethodCalls.checkMethod(label, method);
            variant = post(label, method, (String) parameters.get("httpMethod"))
                    ? asPost : asGet;
        } catch (FarmException e) {
            return CompletableFuture.failedFuture(e);
        }
        return invoker.send(variant, parameters, config)
                .handle((result, failure) -> {
                    if (failure != null) {
                        FarmException error = OperationEngine.asFarmException(failure, label);
                        throw error instanceof IpernityException ie ? ie.attributedTo(label, method) : error;
                    }
                    return (Object) new MethodResult(method, ((MethodResult) result).members());
                });
    }

    private static boolean post(String label, String method, String httpMethod) {
        if (httpMethod == null) {
            return WriteMethods.isWrite(method);
        }
        return switch (httpMethod.strip().toUpperCase(Locale.ROOT)) {
            case "POST" -> true;
            case "GET" -> false;
            default -> throw new InvalidParameterException(label, "httpMethod", "must be GET or POST");
        };
    }
}
