package be.psygate.billing;

/** Where an invoice batch's delivery stands ({@code invoice_batch.status}, stored by name). */
public enum BatchStatus {
    /** Made, not delivered yet (or its delivery failed and it is parked): the next run delivers it. */
    PENDING,
    /** Its insurer's channel took it. */
    DELIVERED,
    /** Every session of it was held from billing when it was rendered: nothing to deliver. */
    EMPTY;

    /** The status a stored name stands for. */
    public static BatchStatus of(String stored) {
        return valueOf(stored);
    }
}
