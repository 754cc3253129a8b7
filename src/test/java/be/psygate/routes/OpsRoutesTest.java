package be.psygate.routes;

import be.psygate.ops.CountedEvent;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * routes/ops.yaml: direct:ops-event publishes an event as JSON on the ops topic, whence it is logged and counted;
 * an event that cannot be written fails back to the route that published it, under that route's id, nothing
 * published; the metrics read an event back as a {@link CountedEvent}; a message on the topic that is not an event is
 * counted for nothing.
 */
@TestPropertySource(properties = "camel.main.routes-include-pattern=classpath:routes/templates.yaml,"
        + "classpath:routes/ops.yaml")
class OpsRoutesTest extends RouteTest {

    @BeforeEach
    void aRouteThatPublishes() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:a-stage").routeId("a-stage").to("direct:ops-event").to("mock:after");
            }
        });
    }

    @Test
    void anEventIsPublishedAsJsonThenLoggedAndCounted() throws Exception {
        start();
        MockEndpoint topic = mock(OPS_EVENTS);
        String json = "{\"type\":\"FILE_RECEIVED\",\"file\":\"list.csv\",\"lines\":3}";
        topic.expectedBodiesReceived(json);
        mock("mock:after").expectedMessageCount(1);
        NotifyBuilder counted = new NotifyBuilder(camel).fromRoute("ops-event-metrics").whenCompleted(1).create();

        producer.sendBody("direct:a-stage", event());
        producer.sendBody("direct:ops-topic-log", json);
        producer.sendBody("direct:ops-topic-metrics", json);

        MockEndpoint.assertIsSatisfied(camel, 10, TimeUnit.SECONDS);
        assertThat(counted.matches(10, TimeUnit.SECONDS)).isTrue();
        verify(opsMetrics).record(new CountedEvent("FILE_RECEIVED", null, 0, null, null, null, null, null, 0, null));
    }

    @Test
    void anEventThatCannotBeWrittenFailsTheRouteThatPublishedItAndNothingIsPublished() throws Exception {
        start();
        mock(OPS_EVENTS).expectedMessageCount(0);
        mock("mock:after").expectedMessageCount(0);

        Exchange published = producer.send("direct:a-stage", e -> e.getIn().setBody(new Object()));

        assertThat(published.getException()).isNotNull();
        assertThat(published.getProperty(ExchangePropertyKey.FAILURE_ROUTE_ID)).isEqualTo("a-stage");
        MockEndpoint.assertIsSatisfied(camel);
    }

    @Test
    void aMessageOnTheTopicThatIsNotAnEventIsDroppedUncounted() throws Exception {
        start();
        NotifyBuilder failed = new NotifyBuilder(camel).fromRoute("ops-event-metrics").whenFailed(1).create();

        Exchange read = producer.send("direct:ops-topic-metrics", e -> e.getIn().setBody("not json"));

        assertThat(failed.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(read.getException()).isNotNull();
        verify(opsMetrics, never()).record(any());
    }

    private static Map<String, Object> event() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", "FILE_RECEIVED");
        e.put("file", "list.csv");
        e.put("lines", 3);
        return e;
    }
}
