package be.psygate.billing.format.efact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the zone that holds the 2-digit error code of the zone before it ({@code 00} in a sending, the insurer's
 * verdict on that zone in an answer) and names that zone in the messages about the code. Public because the answers
 * ({@code be.psygate.billing.returns.efact}) read these codes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ErrorCodeOf {

    /** The zone whose error code this is, as a message names it: "the status". */
    String value();
}
