package be.psygate.billing;

import java.util.List;

/** What a billing run did: the batches it made and the batches (new or left from before) it delivers. */
public record BillingRun(long runId, int newBatches, int sessions, List<Long> pendingBatchIds) {
}
