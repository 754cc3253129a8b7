package be.psygate.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the gateway answered for one line of a list: accepted with its amounts, or rejected with a reason code and
 * the values that fill the reason's text.
 */
public record LineOutcome(long lineNumber, String lineRef, boolean accepted, String reasonCode, List<String> reasonArgs,
                          BigDecimal fee, BigDecimal insurerShare, BigDecimal copay, BigDecimal tranche1) {

    public LineOutcome {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }
}
