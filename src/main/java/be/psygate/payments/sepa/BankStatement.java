package be.psygate.payments.sepa;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A bank file as read: which message it is and in which version ({@code version}, e.g. {@code camt.053.001.08}),
 * the statements (or notifications) it holds and all their entries, in the order of the file.
 */
public record BankStatement(CamtMessage message, String version, List<StatementIdentity> statements,
                            List<BankEntry> entries) {

    public BankStatement {
        statements = List.copyOf(statements);
        entries = List.copyOf(entries);
    }

    /** The identity of the whole file: the identities of its statements, in order. */
    public String identityKey() {
        return message.name() + ":" + statements.stream().map(StatementIdentity::key).collect(Collectors.joining(","));
    }

    /** The two bank-to-customer messages the gateway reads. */
    public enum CamtMessage {
        /** camt.053, the account statement. */
        CAMT_053,
        /** camt.054, the debit/credit notification. */
        CAMT_054
    }
}
