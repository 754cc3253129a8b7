package be.psygate.billing.format.efact;

/**
 * The Bindy codecs of the two segments and seven record types (one for the 95 and the 96, which have the same zones),
 * built once and shared (they hold no state).
 */
final class EfactCodecs {

    final RecordCodec<Segment200Sending> message = new RecordCodec<>(Segment200Sending.class,
            Segment200Sending.LENGTH);
    final RecordCodec<Segment300Sending> sending = new RecordCodec<>(Segment300Sending.class,
            Segment300Sending.LENGTH);
    final RecordCodec<Record10FileHeader> fileHeader = RecordCodec.record(Record10FileHeader.class);
    final RecordCodec<Record20InvoiceHeader> invoiceHeader = RecordCodec.record(Record20InvoiceHeader.class);
    final RecordCodec<Record50Service> service = RecordCodec.record(Record50Service.class);
    final RecordCodec<Record80InvoiceFooter> invoiceFooter = RecordCodec.record(Record80InvoiceFooter.class);
    final RecordCodec<Record90MutualityFooter> mutualityFooter = RecordCodec.record(Record90MutualityFooter.class);
    final RecordCodec<Record95Or96Totals> totals = RecordCodec.record(Record95Or96Totals.class);
}
