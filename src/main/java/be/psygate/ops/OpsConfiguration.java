package be.psygate.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The operators' periodic checks ({@link NoFileWatch}, {@link QueueDepths}) run on Spring's scheduler. */
@Configuration
@EnableScheduling
public class OpsConfiguration {
}
