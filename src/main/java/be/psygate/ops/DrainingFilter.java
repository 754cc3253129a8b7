package be.psygate.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * While the instance drains ({@link Draining}), a write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE})
 * is answered 503 with {@code Retry-After}, before it is even logged in: the load balancer, told by readiness, sends
 * it to another instance. Reads are still served.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DrainingFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Draining draining;

    public DrainingFilter(Draining draining) {
        this.draining = draining;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (draining.draining() && WRITES.contains(request.getMethod())) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "this instance is stopping");
            return;
        }
        chain.doFilter(request, response);
    }
}
