package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.api.ApiInventory;
import dev.ispconfig.client.api.ApiMethod;
import dev.ispconfig.client.api.MethodKind;
import dev.ispconfig.client.exception.SessionException;
import dev.ispconfig.client.exception.TransportException;

/**
 * Which failures are worth another attempt, for reads and for writes.
 *
 * <ul>
 *   <li>Session expiry that survived the core's one re-login: the panel refused the call before running it, so any
 *       call may be repeated, once ({@link RetryInterceptor} stops at the second).</li>
 *   <li>Transient transport failures (refused connection, timeout, broken connection, 502/503/504): reads only. A
 *       write is repeated only when opted in, and then only when the panel cannot have run it: the connection was
 *       refused. A 503 from a proxy in front of PHP may come after PHP got the request, and a write that timed out
 *       after its request was sent may have run: neither is ever repeated.</li>
 *   <li>Never authentication failures or lockouts: every failed login counts toward the panel's per-IP lockout.</li>
 * </ul>
 */
final class RetryDecision {

    private RetryDecision() {
    }

    /** Whether {@code method} reads only: the inventory's kind for known methods; unknown ones count as writes. */
    static boolean isRead(String method) {
        return ApiInventory.method(method).map(ApiMethod::kind).map(MethodKind::isIdempotent).orElse(false);
    }

    static boolean retryRead(Throwable failure) {
        return isSessionExpiry(failure) || failure instanceof TransportException e && e.isTransient();
    }

    static boolean retryWrite(Throwable failure, boolean includeWrites) {
        return isSessionExpiry(failure) || includeWrites && failure instanceof TransportException e && notSent(e);
    }

    private static boolean isSessionExpiry(Throwable failure) {
        return failure instanceof SessionException e && "session_does_not_exist".equals(e.faultCode());
    }

    /** The panel cannot have run the call: it was never connected to. */
    private static boolean notSent(TransportException e) {
        return e.reason() == TransportException.Reason.CONNECT;
    }
}
