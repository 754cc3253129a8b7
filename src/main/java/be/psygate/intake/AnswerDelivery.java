package be.psygate.intake;

import be.psygate.sftp.PracticeFolders;

/**
 * Where the intake's route delivers an answer. When the intake reads the gateway's own embedded SFTP server, the
 * practices' folders are a local folder the gateway owns: the answer is written there directly
 * ({@link PracticeFolders}: a temporary name, then an atomic rename), with no SFTP round trip. Against an external
 * server ({@code psygate.intake.host} elsewhere, the production profile) or with {@code psygate.intake.local-files:
 * false}, the route's SFTP producer delivers it instead.
 */
public final class AnswerDelivery {

    private final PracticeFolders folders;

    /** @param folders the embedded server's practice folders; null to deliver over SFTP */
    AnswerDelivery(PracticeFolders folders) {
        this.folders = folders;
    }

    /** Whether answers are written on the embedded server's disk rather than over SFTP. */
    public boolean isLocal() {
        return folders != null;
    }

    /** Writes the answer in the practice's {@code out/}, on the embedded server's disk. */
    public void deliver(IntakeOutcome outcome) {
        if (folders == null) {
            throw new IllegalStateException("answers are delivered over SFTP");
        }
        folders.deliver(outcome.getPracticeUser(), outcome.getAnswerName(), outcome.getAnswerFile().toPath());
    }
}
