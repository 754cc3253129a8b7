package be.psygate.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data directory made private before the beans that write in it are made. */
@Configuration
public class StorageConfiguration {

    /** Static: a bean factory post-processor, made before any other bean. */
    @Bean
    static DataDirPermissions dataDirPermissions() {
        return new DataDirPermissions();
    }
}
