package be.psygate.billing.returns.csv;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Bindy model of the last line of the CSV answer, which starts with {@value CsvReturnFormat#TRAILER_MARK}: the
 * insurer and the batch answered, test or production, the kind of answer and why a file or a sending is refused,
 * the insurer's reference and day, and the control totals (number of sessions, sum of what they accept). A file cut
 * short has no trailer and is refused. Public because Bindy instantiates it by reflection; only this package uses it.
 */
@CsvRecord(separator = ";", crlf = "WINDOWS")
public class ReturnCsvTrailer {

    @DataField(pos = 1, columnName = "mark") String mark;
    @DataField(pos = 2, columnName = "insurer_id") String insurerId;
    @DataField(pos = 3, columnName = "batch_number") long batchNumber;
    @DataField(pos = 4, columnName = "mode") String mode;
    @DataField(pos = 5, columnName = "kind") String kind;
    @DataField(pos = 6, columnName = "refusal_type") String refusalType;
    @DataField(pos = 7, columnName = "file_refusal_code") String fileRefusalCode;
    @DataField(pos = 8, columnName = "insurer_reference") String insurerReference;
    @DataField(pos = 9, columnName = "date", pattern = "yyyy-MM-dd") LocalDate date;
    @DataField(pos = 10, columnName = "line_count") int lineCount;
    @DataField(pos = 11, columnName = "total_accepted", precision = 2) BigDecimal totalAccepted;
}
