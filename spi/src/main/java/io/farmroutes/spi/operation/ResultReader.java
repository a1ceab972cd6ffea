package io.farmroutes.spi.operation;

/** Turns a service's decoded payload (an XML tree, a JSON tree) into the operation's typed result. */
@FunctionalInterface
public interface ResultReader {

    Object read(Object payload);
}
