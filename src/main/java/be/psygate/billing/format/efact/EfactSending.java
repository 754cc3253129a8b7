package be.psygate.billing.format.efact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Another sender's eFact sending as {@link EfactFormat#readSending} reads it, once verified: what its records 10
 * and 96 say, its services, and the totals its footers were checked against. No patient is named: the services
 * carry their mutuality, not the national number.
 *
 * @param institutionReference the institution's reference of record 10, as written (free text)
 * @param sendingNumber        record 10's sending number
 * @param month                the year and month invoiced
 * @param createdOn            the creation date of record 10
 * @param testMode             whether it is a test sending ({@value EfactFormat#VERSION_TEST})
 * @param recordChecks         the convention its record checks follow
 * @param union                the union zone of record 96 (the union's digit and 99)
 * @param services             its records 50, in the order of the file
 * @param invoices             the number of patients' invoices (records 20)
 * @param complements          the number of records 51
 * @param records              the number of records, from the 10 to the 96
 * @param insurerTotal         the total on account A, in euros
 * @param patientTotal         the patients' shares, in euros
 * @param insurerByMutuality   the total on account A per mutuality, in the order of the file
 */
public record EfactSending(String institutionReference, int sendingNumber, YearMonth month, LocalDate createdOn,
                           boolean testMode, RecordCheck.Convention recordChecks, String union,
                           List<Service> services, int invoices, int complements, int records,
                           BigDecimal insurerTotal, BigDecimal patientTotal,
                           Map<String, BigDecimal> insurerByMutuality) {

    public EfactSending {
        services = List.copyOf(services);
        insurerByMutuality = Map.copyOf(insurerByMutuality);
    }

    /**
     * One record 50.
     *
     * @param record            its number in the file, from 1 (the 10)
     * @param mutuality         the mutuality of affiliation
     * @param nomenclature      the nomenclature code, 7 digits
     * @param firstDate         the first service date
     * @param lastDate          the last service date
     * @param insurerAmount     the insurer amount, in euros
     * @param patientShare      the patient's share, in euros
     * @param reference         the institution's reference of the service, as written
     * @param attestationNumber the number of the attestation (where the gateway puts its session number)
     */
    public record Service(long record, String mutuality, String nomenclature, LocalDate firstDate,
                          LocalDate lastDate, BigDecimal insurerAmount, BigDecimal patientShare, String reference,
                          long attestationNumber) {
    }
}
