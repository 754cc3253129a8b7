package be.psygate.billing.format.efact;

/** The Bindy codecs of the seven record types, built once and shared (they hold no state of their own). */
final class EfactCodecs {

    final RecordCodec<Record10FileHeader> fileHeader = new RecordCodec<>(Record10FileHeader.class);
    final RecordCodec<Record20InvoiceHeader> invoiceHeader = new RecordCodec<>(Record20InvoiceHeader.class);
    final RecordCodec<Record50Service> service = new RecordCodec<>(Record50Service.class);
    final RecordCodec<Record80InvoiceFooter> invoiceFooter = new RecordCodec<>(Record80InvoiceFooter.class);
    final RecordCodec<Record90MutualityFooter> mutualityFooter = new RecordCodec<>(Record90MutualityFooter.class);
    final RecordCodec<Record95MutualitySummary> mutualitySummary =
            new RecordCodec<>(Record95MutualitySummary.class);
    final RecordCodec<Record96FileTotal> fileTotal = new RecordCodec<>(Record96FileTotal.class);
}
