package be.psygate.billing.returns.csv;

import org.apache.camel.dataformat.bindy.annotation.CsvRecord;
import org.apache.camel.dataformat.bindy.annotation.DataField;

import java.math.BigDecimal;

/**
 * Bindy model of a settlement line of the CSV answer, which starts with {@value CsvReturnFormat#SETTLEMENT_MARK}:
 * what is requested, accepted and refused for one mutuality, and its payment reference. Public because Bindy
 * instantiates it by reflection; only this package uses it.
 */
@CsvRecord(separator = ";", crlf = "WINDOWS")
public class ReturnCsvSettlement {

    @DataField(pos = 1, columnName = "mark") String mark;
    @DataField(pos = 2, columnName = "mutuality") String mutuality;
    @DataField(pos = 3, columnName = "requested", precision = 2) BigDecimal requested;
    @DataField(pos = 4, columnName = "accepted", precision = 2) BigDecimal accepted;
    @DataField(pos = 5, columnName = "refused", precision = 2) BigDecimal refused;
    @DataField(pos = 6, columnName = "payment_reference") String paymentReference;
}
