package io.farmroutes.spi.xmlrpc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.DataFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlRpcDataFormatTest {

    private final XmlRpcCodec codec = XmlRpcCodec.standard();
    private CamelContext context;
    private ProducerTemplate template;

    @BeforeEach
    void startRoutes() throws Exception {
        context = new DefaultCamelContext();
        XmlRpcDataFormat unwrapping = new XmlRpcDataFormat();
        unwrapping.setUnwrapResponse(true);
        XmlRpcDataFormat noHeader = new XmlRpcDataFormat();
        noHeader.setContentTypeHeader(false);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:marshal").routeId("marshal").marshal(new XmlRpcDataFormat());
                from("direct:marshalNoHeader").marshal(noHeader);
                from("direct:unmarshal").routeId("unmarshal").unmarshal(new XmlRpcDataFormat());
                from("direct:unwrap").routeId("unwrap").unmarshal(unwrapping);
                // by name only: resolved through META-INF/services/org/apache/camel/dataformat/xmlrpc
                from("direct:marshalByName").marshal().custom("xmlrpc");
                from("direct:unmarshalByName").unmarshal().custom("xmlrpc");
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopRoutes() {
        context.stop();
    }

    private Exchange send(String uri, Object body, String contentType) {
        return template.request(uri, exchange -> {
            exchange.getIn().setBody(body);
            if (contentType != null) {
                exchange.getIn().setHeader(Exchange.CONTENT_TYPE, contentType);
            }
        });
    }

    @Test
    void marshalsACallToItsXmlAndSetsTheContentType() {
        XmlRpcCall call = new XmlRpcCall("user.attachSession", List.of(413));
        Exchange exchange = send("direct:marshal", call, null);
        assertNull(exchange.getException());
        assertArrayEquals(codec.encode(call), exchange.getMessage().getBody(byte[].class));
        assertEquals("text/xml; charset=utf-8", exchange.getMessage().getHeader(Exchange.CONTENT_TYPE));
    }

    @Test
    void marshalsAnyOtherBodyAsTheValueOfAResponse() {
        Map<String, Object> result = Map.of("success", true);
        Exchange exchange = send("direct:marshal", result, null);
        byte[] xml = exchange.getMessage().getBody(byte[].class);
        assertEquals(new XmlRpcResponse(result), codec.decode(xml, null, "test"));
        XmlRpcFault fault = new XmlRpcFault(301, "session not attached yet");
        assertEquals(fault, codec.decode(send("direct:marshal", fault, null).getMessage().getBody(byte[].class), null, "t"));
    }

    @Test
    void leavesTheContentTypeAloneWhenToldTo() {
        Exchange exchange = send("direct:marshalNoHeader", new XmlRpcResponse(1), "application/octet-stream");
        assertEquals("application/octet-stream", exchange.getMessage().getHeader(Exchange.CONTENT_TYPE));
    }

    @Test
    void marshallingNullFailsTheExchange() {
        Exchange exchange = send("direct:marshal", null, null);
        assertInstanceOf(IllegalArgumentException.class, exchange.getException());
    }

    @Test
    void unmarshalsEachKindFromBytesStreamsAndText() {
        XmlRpcCall call = new XmlRpcCall("user.attachSession", List.of(413));
        XmlRpcResponse response = new XmlRpcResponse(Map.of("success", true));
        XmlRpcFault fault = new XmlRpcFault(104, "Invalid signature");
        for (XmlRpcMessage message : List.of(call, response, fault)) {
            byte[] xml = codec.encode(message);
            assertEquals(message, send("direct:unmarshal", xml, null).getMessage().getBody());
            assertEquals(message, send("direct:unmarshal", new ByteArrayInputStream(xml), null).getMessage().getBody());
            assertEquals(message, send("direct:unmarshal", new String(xml, StandardCharsets.UTF_8), null)
                    .getMessage().getBody());
        }
    }

    @Test
    void unmarshalsWithTheMessageCharset() {
        byte[] latin1 = ("<methodResponse><params><param><value>Ähtäri</value></param></params></methodResponse>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(new XmlRpcResponse("Ähtäri"),
                send("direct:unmarshal", latin1, "text/xml; Charset=\"ISO-8859-1\"").getMessage().getBody());
        Exchange byProperty = template.request("direct:unmarshal", exchange -> {
            exchange.getIn().setBody(new ByteArrayInputStream(latin1));
            exchange.setProperty(Exchange.CHARSET_NAME, "ISO-8859-1");
        });
        assertEquals(new XmlRpcResponse("Ähtäri"), byProperty.getMessage().getBody());
        // without a charset the bytes must be UTF-8, and these are not
        assertInstanceOf(XmlRpcFormatException.class, send("direct:unmarshal", latin1, "text/xml").getException());
    }

    @Test
    void unwrapsResponsesAndThrowsFaults() {
        Exchange ok = send("direct:unwrap", codec.encode(new XmlRpcResponse(List.of(1, 2))), null);
        assertNull(ok.getException());
        assertEquals(List.of(1, 2), ok.getMessage().getBody());

        Exchange failed = send("direct:unwrap", codec.encode(new XmlRpcFault(300, "session does not exist")), null);
        XmlRpcFaultException fault = assertInstanceOf(XmlRpcFaultException.class, failed.getException());
        assertEquals(300, fault.getCode());
        assertEquals("session does not exist", fault.getFaultString());
        assertEquals(new XmlRpcFault(300, "session does not exist"), fault.toFault());

        XmlRpcCall call = XmlRpcCall.of("oauth.logout");
        assertEquals(call, send("direct:unwrap", codec.encode(call), null).getMessage().getBody());
    }

    @Test
    void malformedBodiesFailTheExchangeWithAFormatExceptionNamingTheRoute() {
        Exchange exchange = send("direct:unmarshal", "<methodResponse><params>", null);
        XmlRpcFormatException e = assertInstanceOf(XmlRpcFormatException.class, exchange.getException());
        assertTrue(e.getMessage().contains("route unmarshal"), e.getMessage());
        Exchange hostile = send("direct:unmarshal",
                "<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><methodResponse>&x;</methodResponse>", null);
        assertInstanceOf(XmlRpcFormatException.class, hostile.getException());
    }

    @Test
    void refusesStreamsLongerThanTheBodyLimit() throws Exception {
        XmlRpcDataFormat small = new XmlRpcDataFormat();
        small.setMaxBodyBytes(10);
        Exchange exchange = context.getEndpoint("direct:unmarshal").createExchange();
        byte[] xml = codec.encode(new XmlRpcResponse(1));
        XmlRpcFormatException e = assertThrows(XmlRpcFormatException.class,
                () -> small.unmarshal(exchange, new ByteArrayInputStream(xml)));
        assertTrue(e.getProblem().contains("longer than 10 bytes"), e.getProblem());
    }

    @Test
    void resolvesByName() throws Exception {
        DataFormat resolved = context.resolveDataFormat("xmlrpc");
        XmlRpcDataFormat format = assertInstanceOf(XmlRpcDataFormat.class, resolved);
        assertEquals("xmlrpc", format.getDataFormatName());
        assertNotSame(context.createDataFormat("xmlrpc"), context.createDataFormat("xmlrpc"));

        XmlRpcCall call = XmlRpcCall.of("user.getAllSessions");
        byte[] xml = send("direct:marshalByName", call, null).getMessage().getBody(byte[].class);
        assertArrayEquals(codec.encode(call), xml);
        assertEquals(call, send("direct:unmarshalByName", xml, null).getMessage().getBody());
    }
}
