package io.farmroutes.benchmarks.overhead;

import io.farmroutes.benchmarks.SandboxComponents;
import io.farmroutes.boinc.BoincConstants;
import io.farmroutes.boinc.model.AccountInfo;
import io.farmroutes.renderfarm.RenderfarmConstants;
import io.farmroutes.renderfarm.fox.model.FrameInfo;
import io.farmroutes.renderfarm.fox.model.Page;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The Camel side of the comparison: a started context with both components, and the two endpoints resolved once,
 * as a route's {@code to()} resolves them; each call is one request sent through a producer template.
 */
public final class CamelClients implements AutoCloseable {

    private final CamelContext context;
    private final ProducerTemplate template;
    private final Endpoint frameList;
    private final Endpoint accountInfo;
    private final OverheadTarget target;

    public CamelClients(OverheadTarget target) throws Exception {
        this(target, false);
    }

    /** With {@code synchronous}, the endpoints answer on the calling thread instead of the completion pool. */
    public CamelClients(OverheadTarget target, boolean synchronous) throws Exception {
        this.target = target;
        context = new DefaultCamelContext();
        // the sandbox's seeded account, the one the bare clients sign for too
        context.addComponent("renderfarm", SandboxComponents.fox(target.foxDomain()));
        context.addComponent("boinc", SandboxComponents.boinc(target.boincMasterUrl()));
        context.start();
        template = context.createProducerTemplate();
        frameList = context.getEndpoint("renderfarm:frame/list?pageSize=" + target.pageSize()
                + (synchronous ? "&synchronous=true" : ""));
        accountInfo = context.getEndpoint("boinc:account/info" + (synchronous ? "?synchronous=true" : ""));
    }

    /** One page of the seeded task's frames; the task id travels as a header, as it varies per message in a route. */
    @SuppressWarnings("unchecked")
    public Page<FrameInfo> frames() {
        Exchange done = template.request(frameList,
                exchange -> exchange.getMessage().setHeader(RenderfarmConstants.TASK_ID, target.taskId()));
        return (Page<FrameInfo>) result(done);
    }

    /** The seeded account's info; the account key travels as a header. */
    public AccountInfo account() {
        Exchange done = template.request(accountInfo,
                exchange -> exchange.getMessage().setHeader(BoincConstants.HEADER_PREFIX + "accountKey",
                        target.boincAccountKey()));
        return (AccountInfo) result(done);
    }

    private static Object result(Exchange done) {
        if (done.getException() != null) {
            throw new IllegalStateException("the Camel call failed", done.getException());
        }
        return done.getMessage().getBody();
    }

    @Override
    public void close() throws Exception {
        template.close();
        context.close();
    }
}
