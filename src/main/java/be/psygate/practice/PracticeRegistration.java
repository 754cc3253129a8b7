package be.psygate.practice;

import java.time.LocalDate;
import java.util.List;

/**
 * What an administrator sends to register or update a practice ({@code POST /api/practices}). Everything is text
 * as received; {@link PracticeService} validates it. {@code sftpPassword} and {@code sftpPublicKeys} left out on an
 * update keep what was there.
 */
public record PracticeRegistration(
        String inami,
        String name,
        String bce,
        String iban,
        String networkId,
        LocalDate agreementStart,
        LocalDate agreementEnd,
        Integer yearlyCapacity,
        String sftpUser,
        String sftpPassword,
        List<String> sftpPublicKeys,
        String language) {
}
