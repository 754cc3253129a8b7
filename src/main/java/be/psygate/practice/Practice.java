package be.psygate.practice;

import be.psygate.identity.Bce;
import be.psygate.identity.Iban;
import be.psygate.identity.Inami;
import be.psygate.rules.Language;

import java.time.LocalDate;
import java.util.List;

/**
 * A psychologist (or orthopedagogue) with a cooperation agreement with a network: who they are, how they are paid,
 * what their agreement allows, and how they reach the gateway over SFTP. Secrets are not part of it.
 */
public record Practice(
        Inami inami,
        String name,
        Bce bce,
        Iban iban,
        String networkId,
        LocalDate agreementStart,
        LocalDate agreementEnd,
        int yearlyCapacity,
        String sftpUser,
        Language language,
        List<String> sftpPublicKeys) {

    public Practice {
        sftpPublicKeys = List.copyOf(sftpPublicKeys);
    }

    /** Whether the agreement covers the given day. */
    public boolean agreementCovers(LocalDate day) {
        return !day.isBefore(agreementStart) && (agreementEnd == null || !day.isAfter(agreementEnd));
    }
}
