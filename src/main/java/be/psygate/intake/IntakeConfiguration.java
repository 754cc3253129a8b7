package be.psygate.intake;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The database claim that keeps every upload to one gateway instance (its table comes from Flyway). */
@Configuration
class IntakeConfiguration {

    @Bean
    JdbcMessageIdRepository intakeClaims(DataSource dataSource) {
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(dataSource, "intake-practice-lists");
        repository.setCreateTableIfNotExists(false);
        return repository;
    }
}
