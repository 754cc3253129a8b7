package be.psygate.payments.sepa;

/**
 * Who a statement (or notification) is: the account it reports on, the bank's id of the statement and its
 * electronic sequence number ({@code ElctrncSeqNb}); the account and sequence number are {@code null} when the bank
 * leaves them out. A bank never sends two different statements under one identity.
 */
public record StatementIdentity(String account, String id, String sequence) {

    /** The identity as one text, the same for the same statement whichever file brings it. */
    public String key() {
        return (account == null ? "-" : account) + "/" + id + "/" + (sequence == null ? "-" : sequence);
    }
}
