package be.psygate.intake;

import be.psygate.identity.SafeText;
import be.psygate.sftp.ServiceLoginFiles;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileComponent;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.remote.RemoteFile;
import org.apache.camel.component.file.remote.RemoteFileComponent;
import org.apache.camel.component.file.remote.RemoteFileConfiguration;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.apache.camel.component.file.remote.SftpRemoteFile;

import java.io.IOException;
import java.io.InputStream;

/**
 * The file operations of Camel's SFTP consumer ({@code SftpOperations}) done on the embedded server's disk, as the
 * gateway's service login would see them over SFTP ({@link ServiceLoginFiles}), without an SSH channel: the listing,
 * the download as a stream, the existence checks, the archive's folders and the move to the archive. Everything else
 * the consumer does (the claims, the filter, the ant patterns, the poll strategy, the scheduler, the move's
 * expression) stays Camel's. A listed file has the size and the time of modification, in whole seconds, that the
 * server would give over SFTP, so that an upload's claim key is the same whichever way an instance reads it.
 *
 * <p>Paths are the consumer's, relative to the service login's home; the stepwise mode (changing folders one by one)
 * and a local work directory are not the intake's and are refused.
 */
final class LocalSftpOperations implements RemoteFileOperations<SftpRemoteFile> {

    private final ServiceLoginFiles files;
    private GenericFileEndpoint<SftpRemoteFile> endpoint;
    private volatile boolean connected;

    LocalSftpOperations(ServiceLoginFiles files) {
        this.files = files;
    }

    @Override
    public GenericFile<SftpRemoteFile> newGenericFile() {
        return new RemoteFile<>();
    }

    @Override
    public void setEndpoint(GenericFileEndpoint<SftpRemoteFile> endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public boolean connect(RemoteFileConfiguration configuration, Exchange exchange) {
        if (configuration.isStepwise()) {
            throw stepwise();
        }
        if (endpoint != null && endpoint.getLocalWorkDirectory() != null) {
            throw new GenericFileOperationFailedException("The intake keeps no local work directory: a name a "
                    + "practice chose never becomes a local path");
        }
        if (!files.isAvailable()) {
            throw new GenericFileOperationFailedException("The embedded SFTP server is not running");
        }
        connected = true;
        return true;
    }

    @Override
    public boolean isConnected() {
        return connected && files.isAvailable();
    }

    @Override
    public void disconnect() {
        connected = false;
    }

    @Override
    public void forceDisconnect() {
        connected = false;
    }

    @Override
    public boolean sendNoop() {
        return isConnected();
    }

    @Override
    public boolean sendSiteCommand(String command) {
        return true;
    }

    @Override
    public SftpRemoteFile[] listFiles() {
        return listFiles(".");
    }

    @Override
    public SftpRemoteFile[] listFiles(String path) {
        String folder = path == null || path.isEmpty() ? "." : path;
        return onDisk("Cannot list directory: ", path,
                () -> files.list(folder).stream().map(LocalSftpFile::new).toArray(SftpRemoteFile[]::new));
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean retrieveFile(String name, Exchange exchange, long size) {
        GenericFile<SftpRemoteFile> target = exchange.getProperty(FileComponent.FILE_EXCHANGE_FILE, GenericFile.class);
        if (target == null) {
            throw new GenericFileOperationFailedException("Exchange should have the "
                    + FileComponent.FILE_EXCHANGE_FILE + " set");
        }
        InputStream in = null;
        try {
            in = files.open(name);
            if (((RemoteFileConfiguration) endpoint.getConfiguration()).isStreamDownload()) {
                target.setBody(in);
                exchange.getIn().setHeader(RemoteFileComponent.REMOTE_FILE_INPUT_STREAM, in);
            } else {
                try (InputStream whole = in) {
                    target.setBody(whole.readAllBytes());
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw failed("Cannot retrieve file: ", name, e);
        }
    }

    @Override
    public void releaseRetrievedFileResources(Exchange exchange) {
        InputStream in = exchange.getIn().getHeader(RemoteFileComponent.REMOTE_FILE_INPUT_STREAM, InputStream.class);
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                throw new GenericFileOperationFailedException(e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean existsFile(String name) {
        return onDisk("Cannot check whether a file exists: ", name, () -> files.exists(name));
    }

    @Override
    public boolean deleteFile(String name) {
        return doneOnDisk("Cannot delete file: ", name, () -> files.delete(name));
    }

    @Override
    public boolean renameFile(String from, String to) {
        return doneOnDisk("Cannot rename file: ", from, () -> files.move(from, to));
    }

    @Override
    public boolean buildDirectory(String directory, boolean absolute) {
        return doneOnDisk("Cannot build directory: ", directory, () -> files.makeFolders(directory));
    }

    @Override
    public boolean storeFile(String name, Exchange exchange, long size) {
        throw new GenericFileOperationFailedException("The intake's consumer writes no file");
    }

    /** The service login's home, where every path starts: the server's root. */
    @Override
    public String getCurrentDirectory() {
        return "/";
    }

    @Override
    public void changeCurrentDirectory(String path) {
        if (path != null && !path.isEmpty() && !path.equals("/") && !path.equals(".")) {
            throw stepwise();
        }
    }

    @Override
    public void changeToParentDirectory() {
        throw stepwise();
    }

    private static GenericFileOperationFailedException stepwise() {
        return new GenericFileOperationFailedException("The intake reads the embedded server's disk by whole paths: "
                + "stepwise=false");
    }

    /** What {@code call} answers from the server's disk; a failure of it is the consumer's, the name masked. */
    private static <T> T onDisk(String what, String name, DiskCall<T> call) {
        try {
            return call.answer();
        } catch (IOException | RuntimeException e) {
            throw failed(what, name, e);
        }
    }

    /** Makes {@code change} to the server's disk and answers that it is done, as {@link #onDisk} does a call. */
    private static boolean doneOnDisk(String what, String name, DiskChange change) {
        return onDisk(what, name, () -> {
            change.make();
            return true;
        });
    }

    private static GenericFileOperationFailedException failed(String what, String name, Exception cause) {
        // a name a practice chose may hold a national number: the message shows it masked, the cause's too
        return new GenericFileOperationFailedException(what + SafeText.of(name) + ": "
                + cause.getClass().getSimpleName() + " " + SafeText.of(String.valueOf(cause.getMessage())));
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the failure that matters is the one being thrown
            }
        }
    }

    /** A listed file or folder, as Camel's SFTP consumer reads one. */
    static final class LocalSftpFile implements SftpRemoteFile<Object> {

        private final ServiceLoginFiles.Entry entry;

        LocalSftpFile(ServiceLoginFiles.Entry entry) {
            this.entry = entry;
        }

        /** None: the consumer then keeps the size and time it listed, as it does with an SFTP listing's. */
        @Override
        public Object getRemoteFile() {
            return null;
        }

        @Override
        public String getFilename() {
            return entry.name();
        }

        /** The file's name again: the listing has no long form. */
        @Override
        public String getLongname() {
            return getFilename();
        }

        @Override
        public boolean isDirectory() {
            return entry.directory();
        }

        @Override
        public long getFileLength() {
            return entry.size();
        }

        /**
         * As Camel reads it over SFTP: the server's whole seconds, taken as JSch's 32-bit int, times 1000; the same
         * value, so that the claim key {@code ${file:name}-${file:size}-${file:modified}} is the same.
         */
        @Override
        public long getLastModified() {
            return (int) entry.modifiedSeconds() * 1000L;
        }
    }

    /** A read of the server's disk. */
    @FunctionalInterface
    private interface DiskCall<T> {
        T answer() throws IOException;
    }

    /** A change of the server's disk. */
    @FunctionalInterface
    private interface DiskChange {
        void make() throws IOException;
    }
}
