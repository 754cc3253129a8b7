package be.psygate.ops;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A stopping instance refuses new work at once: readiness down, writes answered 503, reads still served. */
class DrainingTest {

    private final List<Object> published = new ArrayList<>();
    private final Draining draining = new Draining(published::add, new StaticListableBeanFactory().getBeanProvider(CamelContext.class));
    private final DrainingFilter filter = new DrainingFilter(draining);

    @Test
    void beforeTheStopWritesPass() throws Exception {
        assertThat(status("POST", "/api/billing-runs")).isEqualTo(200);
        assertThat(published).isEmpty();
    }

    @Test
    void onceTheStopBeganReadinessIsDownAndWritesAreRefusedButReadsServed() throws Exception {
        draining.begin();
        draining.begin();
        assertThat(published).singleElement().isInstanceOfSatisfying(AvailabilityChangeEvent.class,
                e -> assertThat(e.getState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC));
        for (String write : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertThat(status(write, "/api/billing-runs")).as(write).isEqualTo(503);
        }
        assertThat(status("GET", "/api/files")).isEqualTo(200);
        assertThat(status("GET", "/actuator/health/readiness")).isEqualTo(200);
    }

    private int status(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (response.getStatus() == 503) {
            assertThat(chain.getRequest()).as("not passed on").isNull();
            assertThat(response.getHeader("Retry-After")).isNotBlank();
        }
        return response.getStatus();
    }
}
