package be.psygate.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The database claim that keeps every upload to one gateway instance (a lease, renewed and evicted by
 * {@link IntakeClaimKeeper}), the poll strategy that repairs it, and the filter of names too long to answer.
 */
@Configuration
class IntakeConfiguration {

    @Bean
    IntakeClaims intakeClaims(DataSource dataSource, IntakeProperties props) {
        // the wall clock: claims are compared across instances, whatever "today" the gateway is pinned at
        return new IntakeClaims(dataSource, props.claimLease(), Clock.systemUTC());
    }

    @Bean
    ReleasingPollStrategy intakePollStrategy(IntakeClaims intakeClaims) {
        return new ReleasingPollStrategy(intakeClaims);
    }

    @Bean
    IntakeClaimKeeper intakeClaimKeeper(IntakeClaims intakeClaims, IntakeProperties props) {
        return new IntakeClaimKeeper(intakeClaims, props.claimLease(), props.claimRenewal(), props.claimRetention(),
                props.claimEvictionInterval());
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
