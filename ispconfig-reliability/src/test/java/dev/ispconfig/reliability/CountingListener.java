package dev.ispconfig.reliability;

import dev.ispconfig.client.LoginReason;
import dev.ispconfig.client.SessionListener;
import dev.ispconfig.client.exception.IspConfigException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Counts what the client's session layer reports, per login reason. */
final class CountingListener implements SessionListener {

    final Map<LoginReason, LongAdder> logins = new EnumMap<>(LoginReason.class);
    final AtomicInteger failedLogins = new AtomicInteger();
    final AtomicInteger logouts = new AtomicInteger();
    final AtomicInteger expiredCalls = new AtomicInteger();
    final AtomicInteger dropped = new AtomicInteger();

    CountingListener() {
        for (LoginReason reason : LoginReason.values()) {
            logins.put(reason, new LongAdder());
        }
    }

    int logins(LoginReason reason) {
        return logins.get(reason).intValue();
    }

    int logins() {
        return logins.values().stream().mapToInt(LongAdder::intValue).sum();
    }

    @Override
    public void loggedIn(LoginReason reason) {
        logins.get(reason).increment();
    }

    @Override
    public void loginFailed(IspConfigException failure) {
        failedLogins.incrementAndGet();
    }

    @Override
    public void loggedOut() {
        logouts.incrementAndGet();
    }

    @Override
    public void sessionExpired(String method) {
        expiredCalls.incrementAndGet();
    }

    @Override
    public void sessionDropped() {
        dropped.incrementAndGet();
    }

    @Override
    public String toString() {
        return "logins " + logins + ", failed logins " + failedLogins + ", logouts " + logouts + ", calls that met a "
                + "dead session " + expiredCalls + ", dropped " + dropped;
    }
}
