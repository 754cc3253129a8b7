package be.psygate.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The database claim that keeps every upload to one gateway instance, the poll strategy that repairs it, and the
 * filter of names too long to answer.
 */
@Configuration
class IntakeConfiguration {

    @Bean
    IntakeClaims intakeClaims(DataSource dataSource) {
        return new IntakeClaims(dataSource);
    }

    @Bean
    ReleasingPollStrategy intakePollStrategy(IntakeClaims intakeClaims) {
        return new ReleasingPollStrategy(intakeClaims);
    }

    @Bean
    IntakeNameFilter intakeNameFilter() {
        return new IntakeNameFilter();
    }
}
