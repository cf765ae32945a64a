package org.learningstore.core.internal.work;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.learningstore.core.error.ConflictException;
import org.learningstore.core.error.SchemaVersionException;
import org.learningstore.core.error.StoreUnavailableException;

/**
 * Where a facade call ends: the store's errors ({@link StoreUnavailableException},
 * {@link ConflictException}) raised anywhere below it, by core or an adapter, leave it naming the
 * facade method as their operation, and carry the driver's exception as their cause only when the
 * host opted in ({@code StoreOptions.keepDriverCause}): a driver's message may quote SQL and values.
 * One place for every method, so no port or service passes the operation's name by hand.
 */
public final class OperationBoundary {
    private final boolean keepDriverCause;

    public OperationBoundary(boolean keepDriverCause) {
        this.keepDriverCause = keepDriverCause;
    }

    /** {@code target} seen through {@code facade}, each of whose methods is an operation named after it. */
    public <T> T around(Class<T> facade, T target) {
        InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
        return facade.cast(Proxy.newProxyInstance(facade.getClassLoader(), new Class<?>[] {facade}, handler));
    }

    /** Runs {@code call} as the operation {@code operation}. */
    public <T> T run(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException failure) {
            throw named(operation, failure);
        }
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable failure = e.getCause();
            throw failure instanceof RuntimeException runtime ? named(method.getName(), runtime) : failure;
        }
    }

    /** The first boundary a failure crosses names it (a call inside {@code inTransaction} keeps its own name). */
    private RuntimeException named(String operation, RuntimeException failure) {
        if (failure instanceof SchemaVersionException) {
            return failure;
        }
        RuntimeException renamed;
        if (failure instanceof StoreUnavailableException unavailable && unavailable.operation() == null) {
            renamed = new StoreUnavailableException(operation, unavailable.getMessage(), unavailable.retryable(),
                    causeToKeep(unavailable));
        } else if (failure instanceof ConflictException conflict && conflict.operation() == null) {
            renamed = new ConflictException(operation, conflict.field(), conflict.getMessage(), causeToKeep(conflict));
        } else {
            return failure;
        }
        renamed.setStackTrace(failure.getStackTrace());
        return renamed;
    }

    private Throwable causeToKeep(RuntimeException failure) {
        return keepDriverCause ? failure.getCause() : null;
    }
}
