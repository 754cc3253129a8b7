package be.psygate.ops;

import be.psygate.sftp.LoginAlerts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.LinkedHashMap;
import java.util.Map;

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
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("type", "ALERT_SFTP_LOGIN_FAILURES");
            alert.put("remote", burst.remote());
            alert.put("user", burst.user());
            alert.put("failures", burst.failures());
            alert.put("at", burst.at().toString());
            events.publish(alert);
        };
    }
}
