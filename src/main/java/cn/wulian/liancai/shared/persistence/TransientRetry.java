package cn.wulian.liancai.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a use case again, in a new transaction, when the database gave up on its transaction only
 * because others ran at the same moment (a lock timeout, a deadlock: {@link TransientFailures}),
 * so that a plain create does not fail because other people save at the same time.
 *
 * <p>It binds to {@code @Transactional} itself (the default, {@code REQUIRED}), so every use case
 * has it, from the REST resources and the JSF pages alike, and none can forget it. Its priority
 * puts it outside the container's transaction interceptor ({@code PLATFORM_BEFORE + 200}): each
 * attempt is a whole transaction, and a failed one was rolled back before the next starts, so
 * nothing of it is left half-saved. A use case called from inside another's transaction is not
 * retried on its own (its transaction is the caller's, already marked for rollback): the
 * outermost one runs again.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientRetry {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "liancai.db.retry.attempts", defaultValue = "5")
    int attempts;

    @Inject
    @ConfigProperty(name = "liancai.db.retry.base-millis", defaultValue = "40")
    long baseMillis;

    @AroundInvoke
    public Object runWhole(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        return new Retry(attempts, baseMillis).run(call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName(), call::proceed);
    }
}
