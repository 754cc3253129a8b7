package be.psygate.reconciliation;

import be.psygate.billing.returns.InsurerReturn;
import be.psygate.identity.Niss;

import java.util.Objects;

/**
 * An insurer's answer as read from its file or message, before it is reconciled ({@link ReconciliationService#read},
 * then {@link ReconciliationService#receive(ReceivedAnswer)}).
 *
 * @param answer   what the answer says
 * @param fileName the name of its file (or of the message's), as the ledger records it
 * @param sha256   the digest of its bytes: the same insurer's same bytes are an answer received before
 */
public record ReceivedAnswer(InsurerReturn answer, String fileName, String sha256) {

    public ReceivedAnswer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** What answers are kept in order by, and never reconciled two at once: the batch they answer. */
    Object batchKey() {
        return answer.batchNumber();
    }

    /** For the log: the file's name with any national number in it masked, whoever chose the name. */
    @Override
    public String toString() {
        return "answer " + Niss.maskWithin(fileName) + " of insurer " + answer.insurerId() + " to batch "
                + answer.batchNumber();
    }
}
