package be.psygate.billing.returns;

import be.psygate.identity.InsurerCode;
import be.psygate.identity.LineRef;
import be.psygate.money.Amounts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an insurer says about one invoiced session: accepted, in full or in part, with the amount it pays; or refused,
 * with a rejection code and its text, and nothing paid.
 *
 * @param sessionId the gateway's identifier of the session (positive), as the invoice carried it
 * @param lineRef   the practice's reference of the line, as the invoice carried it
 * @param mutuality the patient's mutuality
 * @param accepted  what the insurer pays for the session, two decimals; {@code 0.00} when refused (negative for a
 *                  credit line it accepts)
 * @param errorCode the rejection code, a letter and six digits (e.g. {@code A100010}); {@code null} when accepted
 * @param errorText the insurer's text for the rejection, 1 to {@value #MAX_TEXT_LENGTH} characters, no control
 *                  character and no {@code ;}; {@code null} when accepted
 */
public record ReturnLine(
        long sessionId,
        LineRef lineRef,
        InsurerCode mutuality,
        BigDecimal accepted,
        String errorCode,
        String errorText) {

    /** The most characters an error text may have. */
    public static final int MAX_TEXT_LENGTH = 200;

    /** A rejection code: a letter and six digits. */
    public static final Pattern ERROR_CODE = Pattern.compile("[A-Z][0-9]{6}");

    public ReturnLine {
        if (sessionId <= 0) {
            throw new IllegalArgumentException("Session id must be positive, got " + sessionId);
        }
        Objects.requireNonNull(lineRef, "lineRef");
        Objects.requireNonNull(mutuality, "mutuality");
        accepted = Amounts.exact(Objects.requireNonNull(accepted, "accepted"));
        if ((errorCode == null) != (errorText == null)) {
            throw new IllegalArgumentException("Session " + sessionId
                    + ": a rejection has both a code and a text, an acceptance neither");
        }
        if (errorCode != null) {
            if (!ERROR_CODE.matcher(errorCode).matches()) {
                throw new IllegalArgumentException("Session " + sessionId
                        + ": a rejection code is a letter and six digits, e.g. A100010, got " + errorCode);
            }
            errorText = ReturnTexts.text(errorText, MAX_TEXT_LENGTH, "Session " + sessionId + ": the error text");
            if (accepted.signum() != 0) {
                throw new IllegalArgumentException("Session " + sessionId + " is refused (" + errorCode
                        + ") but " + Amounts.format(accepted) + " is accepted");
            }
        }
    }

    /** A session accepted, in full or in part: the insurer pays {@code amount}. */
    public static ReturnLine accepted(long sessionId, LineRef lineRef, InsurerCode mutuality, BigDecimal amount) {
        return new ReturnLine(sessionId, lineRef, mutuality, amount, null, null);
    }

    /** A session refused with a rejection code and its text: nothing is paid. */
    public static ReturnLine refused(long sessionId, LineRef lineRef, InsurerCode mutuality, String code,
                                     String text) {
        return new ReturnLine(sessionId, lineRef, mutuality, Amounts.ZERO, code, text);
    }

    /** Whether the insurer refused the session. */
    public boolean isRefused() {
        return errorCode != null;
    }
}
