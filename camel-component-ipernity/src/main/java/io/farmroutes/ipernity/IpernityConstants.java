package io.farmroutes.ipernity;

import org.apache.camel.spi.Metadata;

/** Message headers of the ipernity: component. */
public final class IpernityConstants {

    /** Every operation parameter may also come from a header named this prefix plus the parameter name. */
    @Metadata(description = "Prefix of headers that carry operation parameters, e.g. CamelIpernity.title for the"
                            + " title parameter. URI options win over headers, headers over the body.",
              javaType = "Object")
    public static final String HEADER_PREFIX = "CamelIpernity.";

    private IpernityConstants() {
    }
}
