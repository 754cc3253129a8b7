package be.psygate.ops;

import be.psygate.sftp.LoginAlerts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The operators' periodic checks ({@link NoFileWatch}, {@link QueueDepths}) run on Spring's scheduler; the embedded
 * SFTP server's bursts of refused logins become {@code ALERT_SFTP_LOGIN_FAILURES} events.
 */
@Configuration
@EnableScheduling
public class OpsConfiguration {

    @Bean
    LoginAlerts sftpLoginAlerts(OpsEvents events) {
        return burst -> {
            events.publish(new OpsEvent.SftpLoginFailures(burst.remote(), burst.user(), burst.failures(),
                    burst.at()));
        };
    }
}
