package be.psygate.intake;

import be.psygate.sftp.PracticeUploads;
import be.psygate.sftp.ServiceLoginFiles;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileProcessStrategy;
import org.apache.camel.component.file.remote.FtpUtils;
import org.apache.camel.component.file.remote.RemoteFileConsumer;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.apache.camel.component.file.remote.SftpComponent;
import org.apache.camel.component.file.remote.SftpConfiguration;
import org.apache.camel.component.file.remote.SftpConsumer;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.StringHelper;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The intake's SFTP consumer ({@code psygate-sftp:}, every option of Camel's {@code sftp:}): against the embedded
 * server, a poll lists only the folders the server says hold an upload ({@link PracticeUploads#foldersToList}),
 * two listings per practice with an upload waiting and none for the others, instead of the root of the homes (one
 * entry per practice) and the folders of every home. The poll after start-up, and one every
 * {@link #FULL_LISTING_EVERY} after it, lists the whole tree as Camel's consumer does, should anything have been
 * missed. Against an external server (no {@link PracticeUploads}) every poll lists the whole tree.
 *
 * <p>Given the embedded server's {@link ServiceLoginFiles} ({@code psygate.intake.local-files}), the consumer's file
 * operations (listing, download, existence checks, the archive's folders, the move to the archive) are done on the
 * server's disk as its service login would see them, not over an SSH channel ({@link LocalSftpOperations}); every
 * option of the consumer stays as it is.
 */
final class NotedHomesSftpComponent extends SftpComponent {

    /** How often a poll lists every home all the same. */
    static final Duration FULL_LISTING_EVERY = Duration.ofMinutes(10);

    private final PracticeUploads uploads;
    private final ServiceLoginFiles localFiles;
    private final LongSupplier nanoTime;
    private PropertyConfigurer componentConfigurer;
    private PropertyConfigurer endpointConfigurer;

    /**
     * @param uploads what the embedded server says of its practices' uploads; null against an external server
     */
    NotedHomesSftpComponent(PracticeUploads uploads) {
        this(uploads, (ServiceLoginFiles) null);
    }

    /**
     * @param uploads    what the embedded server says of its practices' uploads; null against an external server
     * @param localFiles the embedded server's root as its service login sees it, read on its disk; null to read over
     *                   SFTP
     */
    NotedHomesSftpComponent(PracticeUploads uploads, ServiceLoginFiles localFiles) {
        this(uploads, localFiles, System::nanoTime);
    }

    NotedHomesSftpComponent(PracticeUploads uploads, LongSupplier nanoTime) {
        this(uploads, null, nanoTime);
    }

    NotedHomesSftpComponent(PracticeUploads uploads, ServiceLoginFiles localFiles, LongSupplier nanoTime) {
        this.uploads = uploads;
        this.localFiles = localFiles;
        this.nanoTime = nanoTime;
    }

    /** The options are those of {@code sftp:}, set by its generated configurers. */
    @Override
    protected void doBuild() throws Exception {
        super.doBuild();
        var resolver = PluginHelper.getConfigurerResolver(getCamelContext());
        componentConfigurer = resolver.resolvePropertyConfigurer("sftp-component-configurer", getCamelContext());
        endpointConfigurer = resolver.resolvePropertyConfigurer("sftp-endpoint-configurer", getCamelContext());
    }

    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return componentConfigurer != null ? componentConfigurer : super.getComponentPropertyConfigurer();
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        return endpointConfigurer != null ? endpointConfigurer : super.getEndpointPropertyConfigurer();
    }

    @Override
    protected GenericFileEndpoint<SftpRemoteFile> buildFileEndpoint(String uri, String remaining,
                                                                    Map<String, Object> parameters) throws Exception {
        // the configuration of the same address under sftp:, whose protocol it takes
        String baseUri = StringHelper.before(uri, "?", uri);
        SftpConfiguration config = new SftpConfiguration(new URI("sftp" + baseUri.substring(baseUri.indexOf(':'))));
        FtpUtils.ensureRelativeFtpDirectory(this, config);
        return new Endpoint(uri, this, config);
    }

    static final class Endpoint extends SftpEndpoint {

        private final NotedHomesSftpComponent component;

        Endpoint(String uri, NotedHomesSftpComponent component, SftpConfiguration configuration) {
            super(uri, component, configuration);
            this.component = component;
        }

        /** On the embedded server's disk when the component has its files, else Camel's over SFTP. */
        @Override
        public RemoteFileOperations<SftpRemoteFile> createRemoteFileOperations() {
            if (component.localFiles == null) {
                return super.createRemoteFileOperations();
            }
            LocalSftpOperations operations = new LocalSftpOperations(component.localFiles);
            operations.setEndpoint(this);
            return operations;
        }

        @Override
        protected RemoteFileConsumer<SftpRemoteFile> buildConsumer(Processor processor) {
            GenericFileProcessStrategy<SftpRemoteFile> strategy = getProcessStrategy() != null
                    ? getProcessStrategy() : createGenericFileStrategy();
            return new Consumer(this, processor, createRemoteFileOperations(), strategy, component.uploads,
                    component.nanoTime);
        }
    }

    static final class Consumer extends SftpConsumer {

        private final PracticeUploads uploads;
        private final LongSupplier nanoTime;
        private long lastFullListing;
        private boolean listedAll;

        Consumer(RemoteFileEndpoint<SftpRemoteFile> endpoint, Processor processor,
                 RemoteFileOperations<SftpRemoteFile> operations,
                 GenericFileProcessStrategy<SftpRemoteFile> processStrategy, PracticeUploads uploads,
                 LongSupplier nanoTime) {
            super(endpoint, processor, operations, processStrategy);
            this.uploads = uploads;
            this.nanoTime = nanoTime;
        }

        /** Whether the files are read on the embedded server's disk rather than over SFTP. */
        boolean readsLocally() {
            return getOperations() instanceof LocalSftpOperations;
        }

        @Override
        protected boolean pollDirectory(Exchange dynamic, String fileName,
                                        List<GenericFile<SftpRemoteFile>> fileList, int depth) {
            // the whole tree: against an external server, at the first poll, now and then, or in a layout the
            // noted folders do not fit (a folder's files are at the third level under the root, and nothing else)
            if (uploads == null || depth != 0 || stepwise() || getEndpoint().getMinDepth() != 3
                    || fullListingDue()) {
                return super.pollDirectory(dynamic, fileName, fileList, depth);
            }
            String root = fileName.endsWith("/") ? fileName.substring(0, fileName.length() - 1) : fileName;
            for (String folder : uploads.foldersToList()) {
                String path = root.isEmpty() ? folder : root + "/" + folder;
                // as Camel's recursion reaches it: the files of <root>/<user>/<folder> are at depth 3
                if (!doPollDirectory(dynamic, path, folder.substring(folder.lastIndexOf('/') + 1), fileList, 2)) {
                    return false;
                }
            }
            return true;
        }

        private boolean fullListingDue() {
            long now = nanoTime.getAsLong();
            if (!listedAll || now - lastFullListing >= FULL_LISTING_EVERY.toNanos()) {
                listedAll = true;
                lastFullListing = now;
                return true;
            }
            return false;
        }

        private boolean stepwise() {
            return ((SftpConfiguration) getEndpoint().getConfiguration()).isStepwise();
        }
    }
}
