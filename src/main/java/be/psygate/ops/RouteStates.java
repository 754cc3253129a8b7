package be.psygate.ops;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.api.management.ManagedCamelContext;
import org.apache.camel.api.management.mbean.ManagedRouteMBean;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The gateway's Camel routes as an operator on call looks at them (what Hawtio's route tree shows, without JMX):
 * each route by its id, whether it runs, and its exchanges since the start: completed, failed, in flight, and when
 * the last one failed.
 */
@Service
public class RouteStates {

    private final CamelContext camel;

    public RouteStates(CamelContext camel) {
        this.camel = camel;
    }

    /** Every route, by id. */
    public List<RouteState> routes() {
        ManagedCamelContext managed = camel.getCamelContextExtension().getContextPlugin(ManagedCamelContext.class);
        return camel.getRoutes().stream()
                .map(Route::getRouteId)
                .sorted(Comparator.naturalOrder())
                .map(id -> state(id, managed == null ? null : managed.getManagedRoute(id)))
                .toList();
    }

    private RouteState state(String id, ManagedRouteMBean counts) {
        ServiceStatus status = camel.getRouteController().getRouteStatus(id);
        if (counts == null) {
            return new RouteState(id, status == null ? "UNKNOWN" : status.name(), null, null, null, null);
        }
        Date lastFailure = counts.getLastExchangeFailureTimestamp();
        return new RouteState(id, status == null ? "UNKNOWN" : status.name(), counts.getExchangesCompleted(),
                counts.getExchangesFailed(), (long) counts.getExchangesInflight(),
                lastFailure == null ? null : lastFailure.toInstant());
    }

    /**
     * A route: its id, its status (Started, Stopped, Suspended...), its exchanges completed, failed and in flight
     * since the gateway started (null when Camel's management is off), and when the last one failed (null: none).
     */
    public record RouteState(String routeId, String status, Long completed, Long failed, Long inflight,
                             Instant lastFailure) {

        public boolean running() {
            return ServiceStatus.Started.name().equals(status);
        }
    }
}
