package io.farmroutes.spi.engine;

import io.farmroutes.spi.error.FarmException;
import io.farmroutes.spi.error.TransportException;
import io.farmroutes.spi.http.HttpResult;
import io.farmroutes.spi.http.WireRequest;
import io.farmroutes.spi.operation.OperationDescriptor;
import io.farmroutes.spi.operation.ParameterValidator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one engine behind every endpoint: validates a call against its descriptor, builds the request, signs
 * it, sends it, decodes the answer, and repeats only retry-safe operations after transient failures, each
 * attempt signed afresh.
 */
public final class OperationEngine<C extends ClientOptions> implements OperationInvoker<C> {

    private static final Logger LOG = LoggerFactory.getLogger(OperationEngine.class);

    private final ServiceDefinition<C> service;
    private final TransportPool transports;

    public OperationEngine(ServiceDefinition<C> service, TransportPool transports) {
        this.service = service;
        this.transports = transports;
    }

    public ServiceDefinition<C> service() {
        return service;
    }

    /** The endpoint as users write it, e.g. {@code boinc:account/lookup}. */
    public String label(String endpoint) {
        return service.catalog().label(endpoint);
    }

    @Override
    public CompletableFuture<Object> invoke(String endpoint, Map<String, ?> parameters, C config) {
        return invoke(endpoint, label(endpoint), parameters, config);
    }

    /**
     * As the three-argument {@code invoke}, with failures naming the endpoint as the caller wrote it, where that
     * differs from the catalog's name (ipernity's {@code call/<method>} is one catalog entry for every method).
     */
    public CompletableFuture<Object> invoke(String endpoint, String label, Map<String, ?> parameters, C config) {
        OperationDescriptor op;
        try {
            op = service.catalog().require(endpoint);
        } catch (FarmException e) {
            return CompletableFuture.failedFuture(e);
        }
        return run(op, label, parameters, config, true);
    }

    @Override
    public CompletableFuture<Object> send(OperationDescriptor operation, Map<String, ?> parameters, C config) {
        return run(operation, label(operation.endpoint()), parameters, config, false);
    }

    private CompletableFuture<Object> run(OperationDescriptor operation, String label, Map<String, ?> parameters,
                                          C config, boolean allowComposite) {
        OperationDescriptor op = config.pathOverride(operation.endpoint())
                .filter(path -> !path.equals(operation.path()))
                .map(operation::withPath)
                .orElse(operation);
        Map<String, Object> typed;
        try {
            typed = ParameterValidator.validate(label, op, parameters, service.credentials(config));
        } catch (FarmException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (allowComposite) {
            var composite = service.composite(op);
            if (composite.isPresent()) {
                return composite.get().run(typed, config, this);
            }
        }
        CompletableFuture<WireRequest> prepared;
        try {
            prepared = service.prepare(op, typed, config, this);
        } catch (FarmException e) {
            return CompletableFuture.failedFuture(e);
        }
        return prepared.thenCompose(request -> attempt(op, label, request, config, 1, false));
    }

    /** Blocking form of {@link #invoke}, for consumers and plain Java callers; rethrows the typed failure. */
    public Object call(String endpoint, Map<String, ?> parameters, C config) {
        try {
            return invoke(endpoint, parameters, config).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(label(endpoint), "interrupted while waiting for the answer", 0, false, e);
        } catch (ExecutionException e) {
            throw asFarmException(e.getCause(), label(endpoint));
        }
    }

    private CompletableFuture<Object> attempt(OperationDescriptor op, String label, WireRequest template, C config,
                                              int attempt, boolean resentUnprocessed) {
        CompletableFuture<Object> outcome;
        try {
            WireRequest request = template.copy();
            service.signer().sign(request, op, config);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} attempt {}: {}", label, attempt, request);
            }
            outcome = transports.transportFor(config.httpSettings()).send(request, label)
                    .thenApply(answer -> decode(op, answer, config, label));
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        return outcome.exceptionallyCompose(failure -> {
            FarmException error = asFarmException(failure, label);
            RetryPolicy policy = config.retryPolicy();
            if (error.isRejectedUnprocessed() && !resentUnprocessed) {
                // nothing happened on the service: one fresh attempt, whatever the operation
                LOG.debug("{} attempt {} refused unprocessed ({}); sending once more", label, attempt,
                        error.getMessage());
                return attempt(op, label, template, config, attempt + 1, true);
            }
            if (op.retrySafe() && error.isTransient() && attempt < policy.maxAttempts()) {
                Duration pause = policy.delayAfter(attempt);
                LOG.debug("{} attempt {} failed ({}); retrying in {} ms", label, attempt, error.getMessage(),
                        pause.toMillis());
                return CompletableFuture.supplyAsync(() -> null,
                                CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS))
                        .thenCompose(ignored -> attempt(op, label, template, config, attempt + 1,
                                resentUnprocessed));
            }
            return CompletableFuture.failedFuture(error);
        });
    }

    private Object decode(OperationDescriptor op, HttpResult answer, C config, String label) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} answered {}", label, answer);
        }
        return service.decode(op, answer, config, label);
    }

    /** Waits for a call's result on a thread that may block; a failure is rethrown as the typed exception. */
    public static <T> T await(CompletableFuture<T> future, String label) {
        try {
            return future.join();
        } catch (RuntimeException e) {
            throw asFarmException(e, label);
        }
    }

    /** Unwraps completion wrappers; anything that is not already ours becomes a transport failure. */
    public static FarmException asFarmException(Throwable failure, String label) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof FarmException fe) {
            return fe;
        }
        return new TransportException(label, "unexpected failure: " + t, 0, false, t);
    }
}
