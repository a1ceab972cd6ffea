package com.acme.farm;

import io.farmroutes.spi.engine.RequestSigner;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.render.FarmSettings;

/**
 * Puts the access key into the {@code Authorization} header of each attempt. A header, not the query string:
 * request lines end up in proxy and server logs.
 */
final class AcmeBearerSigner implements RequestSigner<FarmSettings> {

    @Override
    public void sign(WireRequest request, OperationDescriptor operation, FarmSettings settings) {
        String label = AcmeCatalog.catalog().label(operation.endpoint());
        request.header("Authorization", "Bearer " + AcmeConnection.from(settings, label).accessKey());
    }
}
