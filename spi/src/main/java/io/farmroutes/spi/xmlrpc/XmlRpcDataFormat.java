package io.farmroutes.spi.xmlrpc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.spi.DataFormatContentTypeHeader;
import org.apache.camel.spi.DataFormatName;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The Camel data format {@code xmlrpc}: marshals an {@link XmlRpcMessage} (or any other body, as the value of
 * a methodResponse) to XML-RPC, and unmarshals XML-RPC bytes, streams or text into an {@link XmlRpcMessage}.
 * Resolvable by name through {@code META-INF/services/org/apache/camel/dataformat/xmlrpc}.
 */
public class XmlRpcDataFormat extends ServiceSupport implements DataFormat, DataFormatName, DataFormatContentTypeHeader {

    public static final String NAME = "xmlrpc";
    public static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    /** A stream longer than this is refused before it is buffered whole; the codec's limits then bound the rest. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

    private boolean contentTypeHeader = true;
    private boolean unwrapResponse;
    private XmlRpcLimits limits = XmlRpcLimits.defaults();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private volatile XmlRpcCodec codec;

    @Override
    public String getDataFormatName() {
        return NAME;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        codec = new XmlRpcCodec(limits);
    }

    @Override
    public void marshal(Exchange exchange, Object graph, OutputStream stream) throws Exception {
        XmlRpcMessage message = graph instanceof XmlRpcMessage m ? m : new XmlRpcResponse(graph);
        stream.write(codec().encode(message));
        if (contentTypeHeader) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, CONTENT_TYPE);
        }
    }

    @Override
    public Object unmarshal(Exchange exchange, InputStream stream) throws Exception {
        return unwrap(codec().decode(readBounded(stream, exchange), transportCharset(exchange), source(exchange)));
    }

    @Override
    public Object unmarshal(Exchange exchange, Object body) throws Exception {
        if (body instanceof byte[] bytes) {
            return unwrap(codec().decode(bytes, transportCharset(exchange), source(exchange)));
        }
        if (body instanceof String text) {
            // already characters: whatever charset the message names was applied when they were decoded
            return unwrap(codec().decodeText(text, source(exchange)));
        }
        if (body instanceof InputStream stream) {
            return unmarshal(exchange, stream);
        }
        byte[] bytes = exchange.getContext().getTypeConverter().mandatoryConvertTo(byte[].class, exchange, body);
        return unwrap(codec().decode(bytes, transportCharset(exchange), source(exchange)));
    }

    private Object unwrap(XmlRpcMessage message) {
        if (!unwrapResponse) {
            return message;
        }
        if (message instanceof XmlRpcFault fault) {
            throw new XmlRpcFaultException(fault);
        }
        if (message instanceof XmlRpcResponse response) {
            return response.value();
        }
        return message;
    }

    private XmlRpcCodec codec() {
        XmlRpcCodec current = codec;
        if (current == null) {
            // used without being started (a plain new XmlRpcDataFormat() in a test or a processor)
            current = new XmlRpcCodec(limits);
            codec = current;
        }
        return current;
    }

    private byte[] readBounded(InputStream stream, Exchange exchange) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = stream.read(buffer)) > 0) {
            total += read;
            if (total > maxBodyBytes) {
                throw new XmlRpcFormatException(source(exchange), "the body is longer than " + maxBodyBytes + " bytes",
                        null, null);
            }
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }

    /** The exchange's charset property, else the charset parameter of the Content-Type header, else none. */
    static Charset transportCharset(Exchange exchange) {
        String name = exchange.getProperty(Exchange.CHARSET_NAME, String.class);
        if (name == null || name.isBlank()) {
            name = charsetParameter(exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class));
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException unknown) {
            // an unknown label is no information: the bytes are then read as UTF-8, strictly
            return null;
        }
    }

    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            int eq = parameter.indexOf('=');
            if (eq > 0 && parameter.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("charset")) {
                String value = parameter.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static String source(Exchange exchange) {
        String route = exchange.getFromRouteId();
        return route == null ? "the xmlrpc data format" : "the xmlrpc data format in route " + route;
    }

    @Override
    public void setContentTypeHeader(boolean contentTypeHeader) {
        this.contentTypeHeader = contentTypeHeader;
    }

    /** Whether marshalling sets {@code Content-Type: text/xml; charset=utf-8} (default true). */
    public boolean isContentTypeHeader() {
        return contentTypeHeader;
    }

    /** Whether unmarshalling yields a response's value itself and throws a fault as {@link XmlRpcFaultException}. */
    public boolean isUnwrapResponse() {
        return unwrapResponse;
    }

    public void setUnwrapResponse(boolean unwrapResponse) {
        this.unwrapResponse = unwrapResponse;
    }

    public XmlRpcLimits getLimits() {
        return limits;
    }

    public void setLimits(XmlRpcLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("limits must not be null");
        }
        this.limits = limits;
        this.codec = null;
    }

    public int getMaxBodyBytes() {
        return maxBodyBytes;
    }

    public void setMaxBodyBytes(int maxBodyBytes) {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, not " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }
}
