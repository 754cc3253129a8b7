package be.psygate.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The database claim that keeps every upload to one gateway instance (naming this instance, recorded with its
 * heartbeat; a lease, renewed and evicted by {@link IntakeClaimKeeper}), the poll strategy that repairs it, and the filter of names too long to answer.
 */
@Configuration
class IntakeConfiguration {

    @Bean
    GatewayInstance gatewayInstance(DataSource dataSource, IntakeProperties props) {
        // the wall clock: heartbeats are compared across instances, whatever "today" the gateway is pinned at
        return new GatewayInstance(dataSource, hostName(), props.workDir().toAbsolutePath().normalize().toString(),
                props.instanceDeadAfter(), Clock.systemUTC());
    }

    @Bean
    IntakeClaims intakeClaims(DataSource dataSource, IntakeProperties props, GatewayInstance gatewayInstance) {
        // the wall clock: claims are compared across instances, whatever "today" the gateway is pinned at
        return new IntakeClaims(dataSource, props.claimLease(), Clock.systemUTC(), gatewayInstance);
    }

    @Bean
    ReleasingPollStrategy intakePollStrategy(IntakeClaims intakeClaims) {
        return new ReleasingPollStrategy(intakeClaims);
    }

    @Bean
    IntakeClaimKeeper intakeClaimKeeper(IntakeClaims intakeClaims, GatewayInstance gatewayInstance,
                                        IntakeProperties props) {
        return new IntakeClaimKeeper(intakeClaims, gatewayInstance, props.claimLease(), props.claimRenewal(), props.claimRetention(),
                props.claimEvictionInterval());
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "unknown" : fromEnvironment;
        }
    }

    @Bean
    LocalCopies intakeLocalCopies(IntakeProperties props) {
        return new LocalCopies(props.workDir().resolve("downloads"), props.maxFileBytes());
    }

    @Bean
    IntakeNameFilter intakeNameFilter() {
        return new IntakeNameFilter();
    }
}
