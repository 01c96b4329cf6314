package dev.ispconfig.client.internal;

import dev.ispconfig.client.exception.ClientClosedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The sessions of ISPConfig client logins ({@code client_login=true}), one per credential, for applications that act
 * for many panel clients. Bounded and least-recently-used: the session pushed out is logged out (after its calls in
 * flight, see {@link SessionManager#close()}).
 */
public final class SessionPool {

    private final int maxSize;
    private final Function<Credentials, SessionManager> factory;
    private final LinkedHashMap<Credentials, SessionManager> managers = new LinkedHashMap<>(16, 0.75f, true);
    private boolean closed;

    public SessionPool(int maxSize, Function<Credentials, SessionManager> factory) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("the session pool needs room for at least one session");
        }
        this.maxSize = maxSize;
        this.factory = factory;
    }

    /** The manager of {@code credentials}, created on first use; may push the least recently used one out. */
    public SessionManager get(Credentials credentials) {
        List<SessionManager> evicted = new ArrayList<>(1);
        SessionManager manager;
        synchronized (this) {
            if (closed) {
                throw new ClientClosedException("the ISPConfig client is closed");
            }
            manager = managers.get(credentials);
            if (manager == null) {
                manager = factory.apply(credentials);
                managers.put(credentials, manager);
                var eldest = managers.entrySet().iterator();
                while (managers.size() > maxSize) {
                    evicted.add(eldest.next().getValue());
                    eldest.remove();
                }
            }
        }
        evicted.forEach(SessionManager::close); // outside the lock: a logout is a network call
        return manager;
    }

    /** Logs the session of {@code credentials} out (if pooled) and forgets it. */
    public void remove(Credentials credentials) {
        SessionManager manager;
        synchronized (this) {
            manager = managers.remove(credentials);
        }
        if (manager != null) {
            manager.close();
        }
    }

    public int size() {
        synchronized (this) {
            return managers.size();
        }
    }

    /** @return done when every pooled session has been logged out */
    public CompletableFuture<Void> close() {
        List<SessionManager> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(managers.values());
            managers.clear();
        }
        return CompletableFuture.allOf(all.stream().map(SessionManager::close).toArray(CompletableFuture[]::new));
    }

    @Override
    public synchronized String toString() {
        return "SessionPool[" + managers.size() + "/" + maxSize + "]";
    }

}
