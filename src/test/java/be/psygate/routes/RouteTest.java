package be.psygate.routes;

import be.psygate.ops.OpsMetrics;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.AdviceWithRouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the route tests: one route file, named by the test's {@code route-test.file} property (with the templates
 * and ops routes it uses), in a Camel context of its own, its beans mocked, its SFTP and JMS endpoints replaced by
 * mock endpoints (AdviceWith) before the context starts.
 * A test advises the routes it exercises, then calls {@link #start()}; each test has a fresh context.
 * The ops events every route publishes through {@code direct:ops-event} arrive, as the JSON sent to the topic, at
 * {@code mock:ops-events}.
 */
@CamelSpringBootTest
@UseAdviceWith
@SpringBootTest(classes = RouteTestApplication.class, properties = {
        "camel.main.routes-include-pattern=classpath:routes/templates.yaml,classpath:routes/ops.yaml,"
                + "classpath:routes/${route-test.file}",
        "psygate.data-dir=target/route-tests",
        "psygate.billing.schedule-enabled=false",
        "psygate.payments.schedule-enabled=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class RouteTest {

    static final String OPS_EVENTS = "mock:ops-events";

    @Autowired
    protected CamelContext camel;

    @Autowired
    protected ProducerTemplate producer;

    @MockitoBean(name = "opsMetrics")
    protected OpsMetrics opsMetrics;

    @BeforeEach
    void opsTopicReplaced() throws Exception {
        AdviceWith.adviceWith(camel, "ops-event", a -> a.weaveByToUri("jms:topic:*").replace().to(OPS_EVENTS));
        AdviceWith.adviceWith(camel, "ops-event-log", a -> a.replaceFromWith("direct:ops-topic-log"));
        AdviceWith.adviceWith(camel, "ops-event-metrics", a -> a.replaceFromWith("direct:ops-topic-metrics"));
    }

    protected void advise(String routeId, ThrowingAdvice advice) throws Exception {
        AdviceWith.adviceWith(camel, routeId, advice::advise);
    }

    /**
     * In route {@code routeId}, the sending to {@code toUri} (a pattern, such as {@code sftp:*}) replaced by a send to
     * the mock endpoint {@code mockUri}; when {@code failure} is given, each send fails with a new exception of it
     * before reaching the mock.
     */
    protected void sendReplaced(String routeId, String toUri, String mockUri, Supplier<Exception> failure)
            throws Exception {
        advise(routeId, a -> a.weaveByToUri(toUri).replace()
                .process(e -> {
                    if (failure != null) {
                        throw failure.get();
                    }
                })
                .to(mockUri));
    }

    protected void start() {
        camel.start();
        assertThat(camel.isStarted()).isTrue();
    }

    /**
     * A file that the route reading {@code from} cannot take (its body "garbage", its name garbage.txt) fails back to
     * that read with {@code message}, the failure under the id of {@code readingRoute}, which the alert names as when
     * the steps were written in it; and every mock endpoint got what it expected.
     */
    protected void assertAFileItCannotTakeFailsBackToTheRead(String from, String message, String readingRoute)
            throws InterruptedException {
        Exchange read = producer.send(from, e -> {
            e.getIn().setBody("garbage");
            e.getIn().setHeader(Exchange.FILE_NAME_ONLY, "garbage.txt");
        });

        assertThat(read.getException()).hasMessage(message);
        assertThat(read.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID)).isEqualTo(readingRoute);
        MockEndpoint.assertIsSatisfied(camel);
    }

    protected MockEndpoint mock(String uri) {
        return camel.getEndpoint(uri, MockEndpoint.class);
    }

    @FunctionalInterface
    protected interface ThrowingAdvice {
        void advise(AdviceWithRouteBuilder a) throws Exception;
    }
}
