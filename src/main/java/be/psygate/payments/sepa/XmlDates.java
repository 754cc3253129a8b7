package be.psygate.payments.sepa;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * ISO 20022 dates ({@code ISODate}) and date-times ({@code ISODateTime}) to and from the JDK's types. A date-time
 * is written without time zone, as the local time of the gateway; one read with a time zone keeps its local time.
 */
final class XmlDates {

    private static final DatatypeFactory FACTORY = DatatypeFactory.newDefaultInstance();

    private XmlDates() {
    }

    static XMLGregorianCalendar date(LocalDate date) {
        return FACTORY.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    static XMLGregorianCalendar dateTime(LocalDateTime time) {
        return FACTORY.newXMLGregorianCalendar(time.getYear(), time.getMonthValue(), time.getDayOfMonth(),
                time.getHour(), time.getMinute(), time.getSecond(), DatatypeConstants.FIELD_UNDEFINED,
                DatatypeConstants.FIELD_UNDEFINED);
    }

    /** The date of an {@code ISODate} or {@code ISODateTime} as written in a document (its local date). */
    static LocalDate localDate(String lexical) {
        try {
            return lexical == null ? null : localDate(FACTORY.newXMLGregorianCalendar(lexical.strip()));
        } catch (IllegalArgumentException e) {
            throw new SepaFormatException("not a date: " + lexical, e);
        }
    }

    static LocalDate localDate(XMLGregorianCalendar value) {
        return value == null ? null : LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }

    static LocalDateTime localDateTime(XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        BigDecimal fraction = value.getFractionalSecond();
        int nanos = fraction == null ? 0 : fraction.movePointRight(9).intValue();
        return LocalDateTime.of(value.getYear(), value.getMonth(), value.getDay(), value.getHour(),
                value.getMinute(), value.getSecond(), nanos);
    }
}
