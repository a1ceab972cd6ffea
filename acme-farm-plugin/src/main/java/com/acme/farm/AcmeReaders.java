package com.acme.farm;

import com.acme.farm.model.AcmeFrame;

import io.farmroutes.spi.json.LenientJson;
import io.farmroutes.spi.operation.ResultReader;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Turn the JSON body of an Acme answer (a parsed tree) into an operation's typed result. */
final class AcmeReaders {

    private AcmeReaders() {
    }

    /** The whole body as one model. */
    static ResultReader object(Class<?> type) {
        return payload -> LenientJson.convert(payload, type);
    }

    /** The array under {@code field}, element by element; a missing array reads as empty. */
    static ResultReader list(String field, Class<?> itemType) {
        return payload -> {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : ((JsonNode) payload).path(field)) {
                items.add(LenientJson.convert(item, itemType));
            }
            return List.copyOf(items);
        };
    }

    /** The frames of a job; Acme names the job once, at the top, so each frame is given it here. */
    static ResultReader frames() {
        return payload -> {
            JsonNode body = (JsonNode) payload;
            String jobId = body.path("jobId").isValueNode() ? body.path("jobId").asText() : null;
            List<AcmeFrame> frames = new ArrayList<>();
            for (JsonNode item : body.path("frames")) {
                AcmeFrame frame = LenientJson.convert(item, AcmeFrame.class);
                frames.add(frame.jobId() == null ? frame.withJobId(jobId) : frame);
            }
            return List.copyOf(frames);
        };
    }
}
