package be.psygate.ops;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Route;
import org.apache.camel.component.timer.TimerConsumer;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
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
 * The graceful stop: on SIGTERM (the application context closing) the instance drains before anything stops. At
 * once it answers readiness {@code DOWN} ({@code /actuator/health/readiness}, state {@code REFUSING_TRAFFIC}),
 * refuses new writes over HTTP with 503 ({@link DrainingFilter}: no billing or payment run starts), and its polling
 * consumers poll no more (no new list from {@code in/}, no insurer answer or bank file, no scheduled run). Then the
 * web server finishes the requests in progress (a billing run asked for over HTTP) within
 * {@code spring.lifecycle.timeout-per-shutdown-phase}, and Camel stops its routes, letting the exchanges in flight
 * finish within {@code camel.main.shutdown-timeout}. A list whose exchange is cut short at that timeout is given back
 * (its exchange fails, and Camel removes its claim), and another instance takes it at its next poll.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Draining implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(Draining.class);

    private final AtomicBoolean draining = new AtomicBoolean();
    private final ApplicationEventPublisher events;
    private final ObjectProvider<CamelContext> camel;

    public Draining(ApplicationEventPublisher events, ObjectProvider<CamelContext> camel) {
        this.events = events;
        this.camel = camel;
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
            CamelContext context = camel.getIfAvailable();
            if (context != null) {
                for (Route route : context.getRoutes()) {
                    Consumer consumer = route.getConsumer();
                    // a poll in progress finishes its current file; no new poll starts
                    if (consumer instanceof ScheduledPollConsumer || consumer instanceof TimerConsumer) {
                        try {
                            ServiceHelper.suspendService(consumer);
                        } catch (RuntimeException e) {
                            log.warn("Draining: route {} could not be held: {}", route.getRouteId(), e.toString());
                        }
                    }
                }
            }
        }
    }

    public boolean draining() {
        return draining.get();
    }
}
