package be.psygate.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps {@code psygate.data-dir} private. Before any bean is made (the database, the broker, the SFTP server: this
 * runs as a bean factory post-processor, once the configuration is complete), the folder is created 0700, whatever
 * it holds already is made 0700 (folders) and 0600 (files), and the work folders are made 0700 before anything
 * writes in them. Once the gateway has started, the same again for what the start created with the process' umask
 * (the database files, the broker's journal, the SFTP host key). What the gateway writes afterwards it writes private
 * itself ({@link PrivateFiles}, the {@code chmod} options of its {@code file:} endpoints); what its libraries write
 * afterwards (a new journal file) is private by its folder. A service unit should still set {@code UMask=0077}.
 */
public class DataDirPermissions implements BeanFactoryPostProcessor, EnvironmentAware,
        ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DataDirPermissions.class);
    static final String DATA_DIR = "psygate.data-dir";
    static final Path DEFAULT_DATA_DIR = Path.of("./data");
    /** The local work folders: made private before anything writes there (libraries too: the intake's downloads). */
    static final List<String> WORK_DIRS = List.of("psygate.intake.work-dir", "psygate.billing.work-dir",
            "psygate.payments.work-dir");

    private Environment environment;
    private boolean toldNotPosix;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Binder binder = Binder.get(environment);
        Path dataDir = binder.bind(DATA_DIR, Path.class).orElse(DEFAULT_DATA_DIR);
        create(dataDir, DATA_DIR);
        tighten(dataDir, "before start");
        for (String workDir : WORK_DIRS) {
            binder.bind(workDir, Path.class).ifBound(dir -> create(dir, workDir));
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        tighten(Binder.get(event.getApplicationContext().getEnvironment()).bind(DATA_DIR, Path.class)
                .orElse(DEFAULT_DATA_DIR), "after start");
    }

    private static void create(Path dir, String property) {
        try {
            PrivateFiles.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + property + " " + dir.toAbsolutePath(), e);
        }
    }

    void tighten(Path dataDir, String when) {
        if (!PrivateFiles.posix(dataDir)) {
            if (!toldNotPosix) {
                log.warn("The data directory {} is on a file system without POSIX modes: its files keep the modes the "
                        + "system gives them; restrict it by other means", dataDir.toAbsolutePath());
                toldNotPosix = true;
            }
            return;
        }
        try {
            PrivateFiles.Tightened done = PrivateFiles.tighten(dataDir);
            if (done.changed() > 0) {
                log.info("Data directory {} ({}): {} files and folders made private to the gateway's account",
                        dataDir.toAbsolutePath(), when, done.changed());
            }
            if (done.refused() > 0) {
                log.warn("Data directory {} ({}): the mode of {} files and folders could not be read or set (another "
                        + "owner?): check them", dataDir.toAbsolutePath(), when, done.refused());
            }
        } catch (IOException e) {
            log.warn("Data directory {} ({}): modes not checked: {}", dataDir.toAbsolutePath(), when, e.toString());
        }
    }
}
