package be.psygate.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the house keeps, checked on the compiled production classes. A change that breaks one fails the build;
 * docs/architecture.md says why each rule exists.
 */
class ArchitectureTest {

    /** The domain: plain Java, tested directly, knowing nothing of the frameworks that carry it. */
    private static final String[] DOMAIN = {
            "be.psygate.identity..", "be.psygate.tariff..", "be.psygate.rules..", "be.psygate.money.."};

    /** The packages that wire the domain to files, queues, databases and HTTP. */
    private static final String[] APPLICATION = {
            "be.psygate.intake..", "be.psygate.ledger..", "be.psygate.billing..", "be.psygate.reconciliation..",
            "be.psygate.payments..", "be.psygate.practice..", "be.psygate.sftp..", "be.psygate.ops..",
            "be.psygate.security..", "be.psygate.console..", "be.psygate.insurer..", "be.psygate.storage..",
            "be.psygate.mappings..", "be.psygate.retention.."};

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.psygate");
    }

    @Test
    void theDomainImportsNoFrameworkDatabaseOrSerialiser() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.camel..", "java.sql..", "javax.sql..",
                        "com.fasterxml.jackson..", "jakarta..", "org.slf4j..")
                .because("tariffs, rules, money and identifiers are plain Java, unit-tested without a container")
                .check(production);
    }

    @Test
    void theDomainDependsOnNothingAboveIt() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION)
                .because("the application uses the domain, never the other way round")
                .check(production);
    }

    @Test
    void controllersAndPagesNeverTouchTheDatabase() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Jdbc")
                .orShould().dependOnClassesThat().haveSimpleName("NamedParameterJdbcTemplate")
                .because("controllers call services; one repository owns each table")
                .check(production);
    }

    @Test
    void theConsoleReadsThroughServicesNotThroughTheDatabase() {
        noClasses().that().resideInAPackage("be.psygate.console..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.springframework.jdbc..")
                .because("a page shows what a service answers")
                .check(production);
    }

    @Test
    void nothingInTheGatewayDependsOnTheSimulatedInsurer() {
        noClasses().that().resideOutsideOfPackage("be.psygate.insurer..")
                .should().dependOnClassesThat().resideInAPackage("be.psygate.insurer..")
                .because("the simulated insurer is the demo's and the tests' counterpart, never a dependency")
                .check(production);
    }

    @Test
    void theSimulatedInsurerIsNotAProductionClass() {
        assertThat(production.stream().map(JavaClass::getPackageName))
                .as("src/demo is compiled apart, for ./mvnw spring-boot:run and the tests, never into the jar")
                .noneMatch(name -> name.startsWith("be.psygate.insurer"));
        java.net.URL route = getClass().getClassLoader().getResource("routes/simulated-insurer.yaml");
        assertThat(route).as("the simulated insurer's route, on the tests' classpath from src/demo/resources")
                .isNotNull();
        assertThat(route.getPath()).doesNotContain("/target/classes/");
    }
}
