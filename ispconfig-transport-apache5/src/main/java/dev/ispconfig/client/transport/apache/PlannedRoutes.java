package dev.ispconfig.client.transport.apache;

import java.net.ProxySelector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The route to each panel (direct, or through the proxy the selector picks), planned once. HttpClient plans it for
 * every request, and with the JVM's selector that means building a URI and reading system properties each time: a
 * few percent of a call's CPU, for an answer that does not change while a transport serves its panel.
 */
final class PlannedRoutes implements HttpRoutePlanner {

    /** A transport serves one panel, or a few: past this many, the plans start over. */
    private static final int MAX_TARGETS = 64;

    private final HttpRoutePlanner planner;
    private final Map<HttpHost, HttpRoute> routes = new ConcurrentHashMap<>();

    PlannedRoutes(ProxySelector proxies) {
        this.planner = new SystemDefaultRoutePlanner(proxies);
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpContext context) throws HttpException {
        HttpRoute route = routes.get(target);
        if (route == null) {
            route = planner.determineRoute(target, context);
            if (routes.size() >= MAX_TARGETS) {
                routes.clear();
            }
            routes.put(target, route);
        }
        return route;
    }
}
