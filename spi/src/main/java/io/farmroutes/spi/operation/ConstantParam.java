package io.farmroutes.spi.operation;

/** A wire parameter an operation always sends with the same value (for example {@code format=xml}). */
public record ConstantParam(String wireName, String value, ParamLocation location) {
}
