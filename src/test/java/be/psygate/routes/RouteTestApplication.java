package be.psygate.routes;

import org.apache.camel.component.jackson.springboot.JacksonDataFormatAutoConfiguration;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;

/**
 * The application of a route test: Camel and Jackson alone, the route files each test names, and the beans the
 * routes call given by the test (mocks). No database, no broker, no SFTP server: those endpoints are replaced by
 * mock endpoints with AdviceWith.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({CamelAutoConfiguration.class, JacksonAutoConfiguration.class,
        JacksonDataFormatAutoConfiguration.class})
public class RouteTestApplication {
}
