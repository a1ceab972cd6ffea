package io.farmroutes.ipernity;

import io.farmroutes.ipernity.model.UploadTicket;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.support.service.ServiceHelper;

/** Runs an upload and hands its ticket to the component's {@link TicketTracker}, for the checkTickets consumer. */
final class TicketRegisteringProducer extends DefaultAsyncProducer {

    private final IpernityEndpoint endpoint;
    private final Producer upload;
    private final AsyncProcessor asyncUpload;

    TicketRegisteringProducer(IpernityEndpoint endpoint, Producer upload) {
        super(endpoint);
        this.endpoint = endpoint;
        this.upload = upload;
        this.asyncUpload = AsyncProcessorConverterHelper.convert(upload);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        // the token the upload used, by the same precedence as parameters: URI, header, component option
        Object uriToken = endpoint.getOperationParameters().get("authToken");
        Object headerToken = exchange.getMessage().getHeader(IpernityConstants.HEADER_PREFIX + "authToken");
        String token = uriToken != null ? uriToken.toString()
                : headerToken != null ? headerToken.toString() : endpoint.getConfiguration().getAuthToken();
        return asyncUpload.process(exchange, doneSync -> {
            if (exchange.getException() == null && exchange.getMessage().getBody() instanceof UploadTicket ticket) {
                endpoint.getComponent().ticketTracker().track(token, ticket.ticket());
            }
            callback.done(doneSync);
        });
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(upload);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(upload);
        super.doStop();
    }
}
