package be.psygate.ops;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailureHandledEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * {@code ALERT_ROUTE_FAILED}: an exchange failed in a route, whether a route's error handler dealt with it
 * ({@code handled: true}, e.g. an invoice batch parked after its retries) or not (the exchange failed: the file
 * stays where it was, the caller got an error). Camel's event notifier tells it, so no route needs to change.
 *
 * <p>The same failure (same route, same kind of error, same message with its numbers left aside) is alerted at
 * most once per {@code psygate.ops.alert-repeat-after}; the next alert says how many were held back. The error
 * message is masked for national numbers and cut to 500 characters.
 */
@Component
public class RouteFailureAlerts extends EventNotifierSupport {

    private static final Logger log = LoggerFactory.getLogger(RouteFailureAlerts.class);
    private static final int MAX_KEYS = 1000;

    private final OpsEvents events;
    private final Duration repeatAfter;
    private final Map<String, Throttle> throttles = new LinkedHashMap<>();
    /**
     * Failures already alerted (a throwable is equal only to itself): a failure is seen again by the exchanges that
     * carry it further. Weak, so that a failure keeps no exchange in memory.
     */
    private final Set<Throwable> alerted = Collections.newSetFromMap(new WeakHashMap<>());

    public RouteFailureAlerts(OpsEvents events, OpsProperties props) {
        this.events = events;
        this.repeatAfter = props.alertRepeatAfter();
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeFailedEvent || event instanceof ExchangeFailureHandledEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        boolean handled = event instanceof ExchangeFailureHandledEvent;
        Throwable failure = handled
                ? exchange.getProperty(ExchangePropertyKey.EXCEPTION_CAUGHT, Throwable.class)
                : ((ExchangeFailedEvent) event).getCause();
        String routeId = exchange.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID, String.class);
        if (routeId == null) {
            routeId = exchange.getFromRouteId();
        }
        if (routeId == null || failure == null || !firstSight(failure)) {
            return;
        }
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        String key = routeId + "|" + failure.getClass().getName() + "|"
                + String.valueOf(failure.getMessage()).replaceAll("[0-9]+", "#");
        Integer heldBack = pass(key);
        if (heldBack == null) {
            log.debug("Alert for route {} held back (same failure alerted less than {} ago)", routeId, repeatAfter);
            return;
        }
        OpsEvent.RouteFailed alert = new OpsEvent.RouteFailed(routeId, exchange.getFromRouteId(), handled,
                Redaction.maskAndCut(error, 500), exchange.getExchangeId(), heldBack, Instant.now());
        log.warn("Alert: route {} failed{}: {}", routeId, handled ? " (handled by its error handler)" : "",
                alert.error());
        events.publish(alert);
    }

    private synchronized boolean firstSight(Throwable failure) {
        return alerted.add(failure);
    }

    /** Null when the alert is held back; otherwise how many were held back since the last one. */
    private synchronized Integer pass(String key) {
        Instant now = Instant.now();
        Throttle t = throttles.get(key);
        if (t != null && now.isBefore(t.lastSent.plus(repeatAfter))) {
            t.heldBack++;
            return null;
        }
        if (throttles.size() >= MAX_KEYS) {
            throttles.remove(throttles.keySet().iterator().next());
        }
        int heldBack = t == null ? 0 : t.heldBack;
        throttles.put(key, new Throttle(now));
        return heldBack;
    }

    private static final class Throttle {
        final Instant lastSent;
        int heldBack;

        Throttle(Instant lastSent) {
            this.lastSent = lastSent;
        }
    }
}
