package be.psygate.reconciliation;

/** What became of an insurer's answer as a whole ({@code insurer_return.status}, stored by name). */
public enum ReturnStatus {
    /** It names a batch the gateway sent that insurer, and was applied to it. */
    APPLIED,
    /** It names a batch the gateway did not send that insurer: kept, applied to nothing. */
    UNMATCHED
}
