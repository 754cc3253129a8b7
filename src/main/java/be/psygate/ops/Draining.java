package be.psygate.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The graceful stop: on SIGTERM (the application context closing) the instance drains before anything stops. It
 * first answers readiness {@code DOWN} ({@code /actuator/health/readiness}, state {@code REFUSING_TRAFFIC}) and
 * refuses new writes over HTTP with 503 ({@link DrainingFilter}: no billing or payment run starts); then Camel stops
 * its routes' consumers (no new list is taken from {@code in/}, no notice from the queues) and lets the exchanges in
 * flight finish within {@code camel.main.shutdown-timeout}; the web server finishes the requests in progress within
 * {@code spring.lifecycle.timeout-per-shutdown-phase}. A list whose exchange is cut short at the timeout is given back
 * (its exchange fails, and Camel removes its claim), and another instance takes it at its next poll.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Draining implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(Draining.class);

    private final AtomicBoolean draining = new AtomicBoolean();
    private final ApplicationEventPublisher events;

    public Draining(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        begin();
    }

    /** Stops taking new work: readiness down, new writes refused. Once begun, draining lasts until the exit. */
    public void begin() {
        if (draining.compareAndSet(false, true)) {
            log.info("Draining: readiness down, no new runs; the routes finish what they hold, then stop");
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
    }

    public boolean draining() {
        return draining.get();
    }
}
