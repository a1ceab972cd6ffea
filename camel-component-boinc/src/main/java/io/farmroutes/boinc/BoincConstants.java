package io.farmroutes.boinc;

import org.apache.camel.spi.Metadata;

/** Message headers of the boinc: component. */
public final class BoincConstants {

    /** Every operation parameter may also come from a header named this prefix plus the parameter name. */
    @Metadata(description = "Prefix of headers that carry operation parameters, e.g. CamelBoinc.email for the"
                            + " email parameter. URI options win over headers, headers over the body.",
              javaType = "Object")
    public static final String HEADER_PREFIX = "CamelBoinc.";

    private BoincConstants() {
    }
}
