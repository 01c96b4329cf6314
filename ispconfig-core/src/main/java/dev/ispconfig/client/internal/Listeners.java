package dev.ispconfig.client.internal;

import dev.ispconfig.client.SessionListener;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Delivers session events to the application's {@link SessionListener} outside every lock and every request slot: an
 * event raised during a call waits until the call has let go of its slot (so a listener may call the client, even
 * with a limit of one request in flight), and a listener's exception is logged, never thrown into the SDK (where it
 * could leave a session logged in that nobody would ever log out).
 */
public final class Listeners {

    private static final System.Logger LOG = System.getLogger("dev.ispconfig.client.session");

    private final SessionListener listener;
    /** This thread's held events and how deep in calls it is; one per thread, reused by every call. */
    private final ThreadLocal<Held> held = ThreadLocal.withInitial(Held::new);

    public Listeners(SessionListener listener) {
        this.listener = listener;
    }

    /** Runs {@code call}, holding back the events it raises on this thread until it has returned or thrown. */
    public <T> T holdDuring(java.util.function.Supplier<T> call) {
        Held mine = held.get();
        mine.depth++;
        try {
            return call.get();
        } finally {
            if (--mine.depth == 0) { // a call inside a call leaves the delivery to the outermost one
                Consumer<SessionListener> event;
                while ((event = mine.events.poll()) != null) {
                    deliver(event);
                }
            }
        }
    }

    /** Raises an event: delivered now outside a call, else when the call is over. */
    public void raise(Consumer<SessionListener> event) {
        Held mine = held.get();
        if (mine.depth > 0) {
            mine.events.add(event);
        } else {
            deliver(event);
        }
    }

    private static final class Held {

        final ArrayDeque<Consumer<SessionListener>> events = new ArrayDeque<>(2);
        int depth;
    }

    private void deliver(Consumer<SessionListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an ISPConfig SessionListener failed; the session layer carries on", e);
        }
    }
}
