package io.farmroutes.renderfarm;

import io.farmroutes.renderfarm.portable.FrameResubmitProducer;
import io.farmroutes.renderfarm.watch.FrameWatchConsumer;
import io.farmroutes.renderfarm.watch.TaskWatchConsumer;
import io.farmroutes.renderfarm.watch.WatchEndpoints;
import io.farmroutes.renderfarm.watch.WatchTaskSource;
import io.farmroutes.spi.camel.OperationEndpointSupport;
import io.farmroutes.spi.engine.OperationEngine;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.render.FarmSettings;
import io.farmroutes.spi.render.RenderOperations;
import io.farmroutes.spi.render.RenderStatus;
import io.farmroutes.spi.state.StateStore;
import io.farmroutes.spi.util.Digests;

import java.util.List;
import java.util.Set;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;

/**
 * A render farm operation as an endpoint ({@code renderfarm:task/list}), one of the watchers
 * ({@code renderfarm:task/watch}, {@code renderfarm:frame/watch}) that emit one exchange per change, or the
 * portable {@code renderfarm:frame/resubmit}; these three work on every provider.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "renderfarm", title = "Render farm",
             syntax = "renderfarm:apiName/methodName", category = {Category.API, Category.CLOUD},
             headersClass = RenderfarmConstants.class)
public class RenderfarmEndpoint extends OperationEndpointSupport<RenderfarmConfiguration> {

    @UriParam
    private RenderfarmConfiguration configuration;
    @UriParam(label = "advanced", description = "The path of this endpoint's operation, instead of the catalog's.")
    private String operationPath;
    @UriParam(label = "consumer,watch",
              description = "task/watch and frame/watch: watch only these tasks (comma-separated ids); by default"
                            + " every task the account lists.")
    private String watchTaskIds;
    @UriParam(label = "consumer,watch",
              description = "task/watch and frame/watch: a bean that names the tasks to watch, asked on every poll"
                            + " (e.g. the tasks a pipeline has in flight); instead of watchTaskIds.")
    private WatchTaskSource watchTaskSource;
    @UriParam(label = "consumer,watch", defaultValue = "false",
              description = "task/watch: emit a task whenever its progress moves (frames done or failed), not only"
                            + " when its status changes.")
    private boolean watchProgress;
    @UriParam(label = "consumer,watch", enums = "WAITING,RUNNING,DONE,FAILED,STOPPED,ABANDONED",
              description = "task/watch and frame/watch: emit only changes into these statuses (comma-separated,"
                            + " e.g. FAILED); by default every change.")
    private String watchStatuses;
    @UriParam(label = "consumer,watch",
              description = "task/watch and frame/watch: also emit what is seen for the first time. Off for"
                            + " frames unless set (a failed frame is emitted at first sight regardless); on for"
                            + " tasks.")
    private Boolean emitInitial;
    @UriParam(label = "consumer,watch",
              description = "task/watch and frame/watch: the name under which the watcher's memory is kept in the"
                            + " state store; keep it stable across restarts. By default the endpoint URI.")
    private String watchId;

    public RenderfarmEndpoint(String uri, RenderfarmComponent component, String apiName, String methodName,
                              RenderfarmConfiguration configuration) {
        super(uri, component, apiName, methodName);
        this.configuration = configuration;
    }

    @Override
    public RenderfarmComponent getComponent() {
        return (RenderfarmComponent) super.getComponent();
    }

    @Override
    public OperationEngine<FarmSettings> engine() {
        return getComponent().engine(configuration.getProvider());
    }

    /** The portable render operations of this endpoint's provider, with this endpoint's options. */
    public RenderOperations renderOperations() {
        return getComponent().provider(configuration.getProvider()).renderOperations(engine(), configuration);
    }

    public StateStore stateStore() {
        return getComponent().getStateStore();
    }

    /** Whether this endpoint is a watcher rather than one of the farm's operations. */
    public boolean isWatch() {
        return WatchEndpoints.isWatch(endpointName());
    }

    /** Whether this is the provider-neutral frame/resubmit rather than one of the farm's operations. */
    public boolean isPortableResubmit() {
        return FrameResubmitProducer.ENDPOINT.equals(endpointName());
    }

    @Override
    public OperationDescriptor operation() {
        if (isWatch()) {
            return WatchEndpoints.descriptor(endpointName());
        }
        return isPortableResubmit() ? FrameResubmitProducer.DESCRIPTOR : super.operation();
    }

    @Override
    public String label() {
        return isWatch() || isPortableResubmit() ? "renderfarm:" + endpointName() : super.label();
    }

    @Override
    public Producer createProducer() {
        if (isPortableResubmit()) {
            return new FrameResubmitProducer(this);
        }
        if (isWatch()) {
            throw new IllegalArgumentException(label() + " only emits changes; use it in from(...), and"
                    + " task/info or frame/list to read state on demand");
        }
        return super.createProducer();
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!isWatch()) {
            return super.createConsumer(processor);
        }
        Consumer consumer = WatchEndpoints.TASK_WATCH.equals(endpointName())
                ? new TaskWatchConsumer(this, processor) : new FrameWatchConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (operationPath != null && !operationPath.isBlank()) {
            configuration.getOperationPaths().put(endpointName(), operationPath);
        }
        // a misspelt endpoint name in operationPaths would otherwise be ignored without a word
        configuration.getOperationPaths().keySet().forEach(engine().service().catalog()::require);
    }

    @Override
    public RenderfarmConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(RenderfarmConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String headerPrefix() {
        return RenderfarmConstants.HEADER_PREFIX;
    }

    public String getOperationPath() {
        return operationPath;
    }

    public void setOperationPath(String operationPath) {
        this.operationPath = operationPath;
    }

    public String getWatchTaskIds() {
        return watchTaskIds;
    }

    public void setWatchTaskIds(String watchTaskIds) {
        this.watchTaskIds = watchTaskIds;
    }

    public WatchTaskSource getWatchTaskSource() {
        return watchTaskSource;
    }

    public void setWatchTaskSource(WatchTaskSource watchTaskSource) {
        this.watchTaskSource = watchTaskSource;
    }

    public boolean isWatchProgress() {
        return watchProgress;
    }

    public void setWatchProgress(boolean watchProgress) {
        this.watchProgress = watchProgress;
    }

    /** The watched task ids; empty for every task. */
    public List<String> watchedTaskIds() {
        return WatchEndpoints.split(watchTaskIds);
    }

    public String getWatchStatuses() {
        return watchStatuses;
    }

    public void setWatchStatuses(String watchStatuses) {
        this.watchStatuses = watchStatuses;
    }

    /** The statuses to emit changes into; empty for all. */
    public Set<RenderStatus> watchedStatuses() {
        return WatchEndpoints.statuses(label(), watchStatuses);
    }

    public Boolean getEmitInitial() {
        return emitInitial;
    }

    public void setEmitInitial(Boolean emitInitial) {
        this.emitInitial = emitInitial;
    }

    /** The watcher's name in the state store: the option, else a digest of the URI (which may hold secrets). */
    public String getWatchId() {
        return watchId != null ? watchId : endpointName() + "#" + Digests.md5Hex(getEndpointKey());
    }

    public void setWatchId(String watchId) {
        this.watchId = watchId;
    }
}
