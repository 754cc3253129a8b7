package be.psygate.billing;

import be.psygate.billing.format.InvoiceFormat;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An insurer the billing hospital invoices: a national union of mutualities, the format it reads and the channel
 * its invoice files travel by. Built by {@link InsurerDirectory}, which validates it.
 *
 * @param id               the union code, e.g. {@code 300}: the insurer id of its batches
 * @param name             a name for people
 * @param unions           the first digits of the mutuality codes it serves
 * @param format           the name of its invoice format ({@link Formats#INVOICES})
 * @param channel          how its invoice files travel
 * @param maxLinesPerBatch the most lines one batch (one file) may hold
 */
public record Insurer(String id, String name, Set<Integer> unions, String format, Channel channel,
                      int maxLinesPerBatch) {

    public Insurer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        unions = Set.copyOf(unions);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(channel, "channel");
    }

    /** Its invoice format. */
    public InvoiceFormat invoiceFormat() {
        return Formats.INVOICES.named(format);
    }

    /** Its unions, sorted. */
    public List<Integer> sortedUnions() {
        return unions.stream().sorted().toList();
    }

    /**
     * How invoice files reach an insurer: put in an SFTP folder ({@code insurers/<id>/in}) or sent to a JMS queue
     * ({@code psygate.invoices.<id>}).
     *
     * @param type    the kind of channel
     * @param address the folder (SFTP) or the queue name (JMS)
     */
    public record Channel(Type type, String address) {

        public Channel {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(address, "address");
        }

        /** The kinds of channel. */
        public enum Type {
            /** A file in a folder of the insurer's SFTP account. */
            SFTP,
            /** A message on a queue of the broker. */
            JMS
        }
    }
}
