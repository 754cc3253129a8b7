package be.psygate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PsyGateApplication {

    public static void main(String[] args) {
        SpringApplication.run(PsyGateApplication.class, args);
    }
}
