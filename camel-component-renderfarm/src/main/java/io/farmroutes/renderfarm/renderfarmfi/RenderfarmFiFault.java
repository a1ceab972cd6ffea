package io.farmroutes.renderfarm.renderfarmfi;

import io.farmroutes.spi.error.RemoteServiceException;

/** An XML-RPC fault from Renderfarm.fi: faultCode and faultString (codes as in renderfarm-fi.md §5.7). */
public class RenderfarmFiFault extends RemoteServiceException {

    /** The request's signature was refused: permanent for that request (check the clock and the secrets). */
    public static final int INVALID_SIGNATURE = 104;
    public static final int SESSION_DOES_NOT_EXIST = 300;
    public static final int SESSION_NOT_ATTACHED = 301;
    public static final int CONSUMER_KEY_INVALID = 400;

    private final int faultCode;

    public RenderfarmFiFault(String endpoint, int faultCode, String faultString) {
        super(RenderfarmFiCatalog.SERVICE_NAME, endpoint, Integer.toString(faultCode), faultString, null);
        this.faultCode = faultCode;
    }

    public int getFaultCode() {
        return faultCode;
    }
}
