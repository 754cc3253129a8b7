package be.psygate.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test run once on H2 and once on PostgreSQL: its arguments (name, data source, schema) come from the test
 * class's {@code databases()}, which returns {@link TestPostgres#h2AndPostgres}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("databases")
public @interface OnH2AndPostgres {
}
