package be.psygate.billing.format.csv;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Bindy model of the last line of the CSV invoice, which starts with {@value CsvInvoiceFormat#TRAILER_MARK}: the
 * batch's identity (number, insurer, month), when and by whom it was made, whether it is a test, and the control
 * totals (number of lines, sums of the amounts). A file cut short has no trailer and is refused. Public because
 * Bindy instantiates it by reflection; only this package uses it.
 */
@CsvRecord(separator = ";", crlf = "WINDOWS")
public class InvoiceCsvTrailer {

    @DataField(pos = 1, columnName = "mark") String mark;
    @DataField(pos = 2, columnName = "batch_number") long batchNumber;
    @DataField(pos = 3, columnName = "insurer_id") String insurerId;
    @DataField(pos = 4, columnName = "service_month") String serviceMonth;
    @DataField(pos = 5, columnName = "created_on", pattern = "yyyy-MM-dd") LocalDate createdOn;
    @DataField(pos = 6, columnName = "mode") String mode;
    @DataField(pos = 7, columnName = "sender_name") String senderName;
    @DataField(pos = 8, columnName = "sender_inami") String senderInami;
    @DataField(pos = 9, columnName = "sender_bce") String senderBce;
    @DataField(pos = 10, columnName = "sender_iban") String senderIban;
    @DataField(pos = 11, columnName = "sender_bic") String senderBic;
    @DataField(pos = 12, columnName = "line_count") int lineCount;
    @DataField(pos = 13, columnName = "total_fee", precision = 2) BigDecimal totalFee;
    @DataField(pos = 14, columnName = "total_insurer_share", precision = 2) BigDecimal totalInsurerShare;
    @DataField(pos = 15, columnName = "total_copay", precision = 2) BigDecimal totalCopay;
}
