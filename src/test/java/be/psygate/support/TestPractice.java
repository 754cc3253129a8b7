package be.psygate.support;

import be.psygate.identity.TestIds;
import be.psygate.practice.PracticeRegistration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A practice made up for one test, with its own INAMI number and SFTP user, and session lists written for it.
 */
public record TestPractice(String inami, String sftpUser) {

    public static final String HEADER = "line_ref;psychologist_inami;patient_niss;insurer_code;preferential_regime;"
            + "session_date;pseudocode;group_participants;referral_date;prescriber_inami";

    private static final AtomicInteger NEXT = new AtomicInteger(700_000);
    private static final AtomicInteger PATIENTS = new AtomicInteger();

    /** A NISS no other test uses: a patient of its own, so that no ceiling or duplicate rule mixes tests up. */
    public static String nextPatient() {
        int n = PATIENTS.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n / 900);
        return TestIds.niss(birth.format(DateTimeFormatter.ofPattern("yyMMdd")), 1 + n % 900, false);
    }

    public static TestPractice newOne(String sftpUser) {
        return new TestPractice(TestIds.inami(String.valueOf(NEXT.incrementAndGet()), "770"), sftpUser);
    }

    /** The registration the REST API takes; the network is left out (the gateway serves one). */
    public Map<String, Object> registration(String password, List<String> publicKeys) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("inami", inami);
        r.put("name", "Practice " + sftpUser);
        r.put("bce", "0812345603");
        r.put("iban", "BE14063123456783");
        r.put("agreementStart", "2022-01-01");
        r.put("yearlyCapacity", 1000);
        r.put("sftpUser", sftpUser);
        if (password != null) {
            r.put("sftpPassword", password);
        }
        if (publicKeys != null) {
            r.put("sftpPublicKeys", publicKeys);
        }
        r.put("language", "en");
        return r;
    }

    /**
     * The registration the practice service takes, with an SFTP password: the agreement from 2022-01-01, open-ended;
     * {@code network} null for the gateway's one network.
     */
    public PracticeRegistration registration(String name, String network, int yearlyCapacity, String language) {
        return registration(name, network, yearlyCapacity, "a-long-enough-password", null, language);
    }

    /** The same with a password or public keys of the caller's choosing (either may be null). */
    public PracticeRegistration registration(String name, String network, int yearlyCapacity, String password,
                                             List<String> publicKeys, String language) {
        return new PracticeRegistration(inami, name, "0812345603", "BE14063123456783", network,
                LocalDate.parse("2022-01-01"), null, yearlyCapacity, sftpUser, password, publicKeys, language);
    }

    /**
     * A list of {@code count} standard individual sessions (792691, 77.10 = 66.10 + 11.00) in March 2025, each for a
     * patient of its own, refs prefix-1..
     */
    public String listOf(String refPrefix, int count) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 1; i <= count; i++) {
            lines.add(line(refPrefix + "-" + i, nextPatient(), "2025-03-" + String.format("%02d", 1 + i % 28),
                    "792691"));
        }
        return String.join("\n", lines) + "\n";
    }

    /** A list's text: {@code lines} (the header first), each ended by a new line. */
    public static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    public String line(String ref, String niss, String date, String pseudocode) {
        return ref + ";" + inami + ";" + niss + ";100;N;" + date + ";" + pseudocode + ";;;";
    }
}
