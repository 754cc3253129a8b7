package be.psygate.billing.returns.csv;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

import java.math.BigDecimal;

/**
 * Bindy model of one session line of the CSV answer: the session, what the insurer accepts for it, and for a refused
 * session the rejection code and text (empty fields otherwise). Public because Bindy instantiates it by reflection;
 * only this package uses it.
 */
@CsvRecord(separator = ";", generateHeaderColumns = true, crlf = "WINDOWS")
public class ReturnCsvLine {

    @DataField(pos = 1, columnName = "session_id") long sessionId;
    @DataField(pos = 2, columnName = "line_ref") String lineRef;
    @DataField(pos = 3, columnName = "mutuality") String mutuality;
    @DataField(pos = 4, columnName = "accepted", precision = 2) BigDecimal accepted;
    @DataField(pos = 5, columnName = "error_code") String errorCode;
    @DataField(pos = 6, columnName = "error_text") String errorText;
}
