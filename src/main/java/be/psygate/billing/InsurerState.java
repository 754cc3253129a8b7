package be.psygate.billing;

/** What the insurer's latest answer says of an invoice batch ({@code invoice_batch.insurer_state}, by name). */
public enum InsurerState {
    /** The insurer acknowledged receiving it (931000). */
    RECEIVED,
    /** The insurer reported provisional errors (920098). */
    PROVISIONAL_ERRORS,
    /** The insurer settled it (920900): each session paid or refused. */
    SETTLED,
    /** The insurer refused the whole file (920999): its sessions are invoiced again. */
    FILE_REFUSED,
    /** The insurer rejected the whole invoice (920099): its sessions are invoiced again. */
    REJECTED
}
