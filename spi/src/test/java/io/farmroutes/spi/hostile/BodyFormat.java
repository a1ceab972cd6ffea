package io.farmroutes.spi.hostile;

/** What the decoder under attack expects, which decides the format-specific attacks. */
public enum BodyFormat {
    /** Plain XML documents such as BOINC's. */
    XML,
    /** XML-RPC methodResponse documents. */
    XML_RPC,
    /** JSON documents. */
    JSON
}
