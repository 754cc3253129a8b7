package be.psygate.billing.returns;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** The constants of the answers' enums, looked up by the eFact code an answer carries. */
final class EfactCodes {

    private EfactCodes() {
    }

    /** The constant among {@code constants} whose {@code code} is {@code value}, if there is one. */
    static <E> Optional<E> find(E[] constants, Function<E, String> code, String value) {
        return Arrays.stream(constants).filter(constant -> code.apply(constant).equals(value)).findFirst();
    }
}
