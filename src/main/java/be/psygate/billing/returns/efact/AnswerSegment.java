package be.psygate.billing.returns.efact;

import be.psygate.billing.format.efact.ErrorCodeOf;

import java.util.Map;

/**
 * What every part of an answer whose zones are each followed by a 2-digit error code has: those error codes, the
 * zones marked {@link ErrorCodeOf}.
 */
interface AnswerSegment {

    /** The error code after each zone, by the name of the zone, in the order of the layout. */
    default Map<String, Integer> errorCodes() {
        return ErrorCodeZones.of(this);
    }
}
