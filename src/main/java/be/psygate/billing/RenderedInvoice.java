package be.psygate.billing;

import java.io.File;

/** A batch rendered to a local file, with where it goes. Getters are for the route's expressions. */
public record RenderedInvoice(long batchId, String insurerId, String format, String channel, String destination,
                              String fileName, File file, int lines) {

    public long getBatchId() {
        return batchId;
    }

    public String getChannel() {
        return channel;
    }

    public String getDestination() {
        return destination;
    }

    public String getFileName() {
        return fileName;
    }

    public File getFile() {
        return file;
    }
}
