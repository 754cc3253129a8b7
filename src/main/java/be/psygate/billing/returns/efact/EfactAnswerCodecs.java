package be.psygate.billing.returns.efact;

import be.psygate.billing.format.FixedLengthCodec;
import be.psygate.billing.format.FormatErrors;
import be.psygate.billing.format.efact.EfactFormat;
import be.psygate.billing.returns.ReturnFormatException;

/**
 * The codecs of the parts of an answer, built once and shared (they hold no state of their own); the echoed records
 * 50 are rendered and read by the invoice format itself, so that they are the records the invoice carries.
 */
final class EfactAnswerCodecs {

    private static final FormatErrors ERRORS = FormatErrors.of(ReturnFormatException::new,
            ReturnFormatException::new);

    final FixedLengthCodec<Segment200Message> message =
            new FixedLengthCodec<>(Segment200Message.class, "segment 200", Segment200Message.LENGTH, ERRORS);
    final FixedLengthCodec<Segment300Sending> sending =
            new FixedLengthCodec<>(Segment300Sending.class, "segment 300", Segment300Sending.LENGTH, ERRORS);
    final FixedLengthCodec<AcknowledgedMessage> acknowledged = new FixedLengthCodec<>(AcknowledgedMessage.class,
            "the message acknowledged", AcknowledgedMessage.LENGTH, ERRORS);
    final FixedLengthCodec<ErrorDetail> detail =
            new FixedLengthCodec<>(ErrorDetail.class, "the error detail", ErrorDetail.LENGTH, ERRORS);
    final FixedLengthCodec<Record91Settlement> settlement =
            new FixedLengthCodec<>(Record91Settlement.class, "record 91", Record91Settlement.LENGTH, ERRORS);
    final EfactFormat invoices = new EfactFormat();
}
