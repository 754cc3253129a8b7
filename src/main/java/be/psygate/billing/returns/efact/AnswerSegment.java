package be.psygate.billing.returns.efact;

import java.util.Map;

/** What every part of an answer whose zones are each followed by a 2-digit error code has: those error codes. */
interface AnswerSegment {

    /** The error code after each zone, by the name of the zone, in the order of the layout. */
    Map<String, Integer> errorCodes();
}
