package io.farmroutes.spi.xmlrpc;

/** One XML-RPC document: a call, a successful response, or a fault. */
public sealed interface XmlRpcMessage permits XmlRpcCall, XmlRpcResponse, XmlRpcFault {
}
