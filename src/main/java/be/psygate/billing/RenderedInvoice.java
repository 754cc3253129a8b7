package be.psygate.billing;

import java.io.File;

/** A batch rendered to a local file, with where it goes. */
public record RenderedInvoice(long batchId, String insurerId, String format, String channel, String destination,
                              String fileName, File file, int lines) {
}
