package be.psygate.practice;

import be.psygate.support.DemoMixedList;
import be.psygate.support.OpenSsh;
import be.psygate.support.OwnGateway;
import be.psygate.support.TestPractice;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production gateway ({@code psygate.demo.enabled=false}) starts on an empty data directory with no reference data
 * at all, and is set up entirely through the REST API: networks, practices, or a whole set at once. A gateway of its
 * own, since it must start empty and its networks would change what the shared gateway's tests take for granted
 * (that it serves one network).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionSetUpTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private static final Duration ANSWER_TIME = Duration.ofSeconds(30);
    private static final OwnGateway GATEWAY = OwnGateway.named("psygate-production-set-up", 12);

    @DynamicPropertySource
    static void emptyProductionGateway(DynamicPropertyRegistry registry) {
        GATEWAY.settings(registry, Duration.ofMillis(100));
        registry.add("psygate.demo.enabled", () -> false);
        // reads and answers over SFTP, as against an external server: the SFTP consumer and producer stay tested
        registry.add("psygate.intake.local-files", () -> false);
    }

    @Autowired
    TestRestTemplate rest;

    @TempDir
    Path tmp;

    @Test
    @Order(1)
    void anEmptyGatewayIsSetUpThroughTheApiAndAnswersItsFirstListOverSftp() throws Exception {
        assertThat(ops().getForObject("/api/networks", String.class)).isEqualTo("[]");
        // no network yet: a practice cannot be registered
        Path key = OpenSsh.newKey(tmp, "first-practice");
        Map<String, Object> practice = new LinkedHashMap<>(Map.of("inami", "91234537770",
                "name", "Cabinet - Dr. A. Example", "bce", "0812345603", "iban", "BE14063123456783",
                "agreementStart", "2022-01-01", "yearlyCapacity", 600, "sftpUser", "first",
                "sftpPublicKeys", List.of(OpenSsh.publicKeyOf(key)), "language", "fr"));
        ResponseEntity<Map> refused = admin().postForEntity("/api/practices", practice, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("networkId");

        ResponseEntity<Map> network = admin().postForEntity("/api/networks", Map.of("id", "brussels-adults",
                "name", "Réseau bruxellois adultes", "publicKind", "ADULTS", "yearlyContingent", 25000), Map.class);
        assertThat(network.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(network.getBody()).containsEntry("id", "brussels-adults").containsEntry("publicKind", "ADULTS")
                .containsEntry("yearlyContingent", 25000).containsEntry("year", 2025)
                .containsEntry("contingentUsed", 0).containsEntry("contingentLeft", 25000);

        practice.put("networkId", "brussels-adults");
        assertThat(admin().postForEntity("/api/practices", practice, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        DemoMixedList.assertTheAck(DemoMixedList.uploadAndFetchTheAck(GATEWAY.sftpPort(), "first", key,
                GATEWAY.knownHosts(), GATEWAY.practiceHome("first"), tmp, ANSWER_TIME));

        // the network shows what its contingent has used this year (2025 by the gateway's clock)
        ResponseEntity<Map> used = ops().getForEntity("/api/networks/brussels-adults", Map.class);
        assertThat(used.getBody()).containsEntry("year", 2025).containsEntry("contingentUsed", 9)
                .containsEntry("contingentLeft", 25000 - 9);
        // and the administrator's writes are audited
        assertThat(audit()).anySatisfy(a -> assertThat(a).containsEntry("actor", "admin")
                .containsEntry("path", "/api/networks").containsEntry("status", 200)
                .extractingByKey("summary").asString().contains("NetworkController.register")
                .contains("id=brussels-adults"));
    }

    @Test
    void aWholeSetLoadsFromYamlAndIsUpdatedFromJson() {
        TestPractice withPassword = TestPractice.newOne("set-password");
        TestPractice withKey = TestPractice.newOne("set-key");
        String yaml = """
                networks:
                  - id: liege-children
                    name: "Réseau liégeois enfants"
                    publicKind: CHILDREN
                    yearlyContingent: 12000
                practices:
                  - inami: "%s"
                    name: Cabinet Un
                    bce: 0812345603
                    iban: BE14063123456783
                    networkId: liege-children
                    agreementStart: 2023-01-01
                    yearlyCapacity: 300
                    sftpUser: set-password
                    sftpPassword: a-long-enough-password
                    language: fr
                  - inami: "%s"
                    name: Praktijk Twee
                    bce: "0812345702"
                    iban: "BE03063123456884"
                    networkId: liege-children
                    agreementStart: "2023-01-01"
                    yearlyCapacity: 200
                    sftpUser: set-key
                    sftpPublicKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJdD7y3aLq454yWBdwLWbieU1ebz9/cu7/QEXn9OIeZJ set-key"]
                    language: nl
                """.formatted(withPassword.inami(), withKey.inami());
        assertSetLoaded(body(yaml, "application/yaml"), Map.of("created", 1, "updated", 0),
                Map.of("created", 2, "updated", 0));
        assertThat(ops().getForEntity("/api/networks/liege-children", Map.class).getBody())
                .containsEntry("publicKind", "CHILDREN").containsEntry("yearlyContingent", 12000);
        assertThat(ops().getForEntity("/api/practices/" + withPassword.inami(), Map.class).getBody())
                .containsEntry("bce", "0812345603").containsEntry("agreementStart", "2023-01-01")
                .containsEntry("networkId", "liege-children");
        assertThat(GATEWAY.practiceHome("set-key").resolve("in")).isDirectory();

        String json = """
                {"networks": [{"id": "liege-children", "name": "Réseau liégeois enfants et adolescents",
                               "publicKind": "CHILDREN", "yearlyContingent": 13000}],
                 "practices": [{"inami": "%s", "name": "Cabinet Un", "bce": "0812345603",
                                "iban": "BE14063123456783", "networkId": "liege-children",
                                "agreementStart": "2023-01-01", "agreementEnd": "2025-12-31", "yearlyCapacity": 300,
                                "sftpUser": "set-password", "language": "fr"}]}
                """.formatted(withPassword.inami());
        assertSetLoaded(body(json, MediaType.APPLICATION_JSON_VALUE), Map.of("created", 0, "updated", 1),
                Map.of("created", 0, "updated", 1));
        assertThat(ops().getForEntity("/api/networks/liege-children", Map.class).getBody())
                .containsEntry("name", "Réseau liégeois enfants et adolescents")
                .containsEntry("yearlyContingent", 13000);
        assertThat(ops().getForEntity("/api/practices/" + withPassword.inami(), Map.class).getBody())
                .containsEntry("agreementEnd", "2025-12-31");
    }

    @Test
    void aSetWithOneBadEntryIsRefusedAsAWholeNamingTheEntry() {
        TestPractice good = TestPractice.newOne("refused-good");
        TestPractice bad = TestPractice.newOne("refused-bad");
        assertRefusedAsAWhole(body("""
                networks:
                  - {id: refused-net, name: Refused, publicKind: ADULTS, yearlyContingent: 100}
                practices:
                  - {inami: "%s", name: Good, bce: "0812345603", iban: BE14063123456783, networkId: refused-net,
                     agreementStart: 2023-01-01, yearlyCapacity: 10, sftpUser: refused-good, sftpPassword: long-enough-pw}
                  - {inami: "%s", name: Bad, bce: "0812345603", iban: BE00063123456783, networkId: refused-net,
                     agreementStart: 2023-01-01, yearlyCapacity: 10, sftpUser: refused-bad, sftpPassword: long-enough-pw}
                """.formatted(good.inami(), bad.inami()), "application/yaml"), "practices[1].iban", good, bad);

        assertRefusedAsAWhole(body("""
                {"networks": [{"id": "refused-net", "name": "Refused", "publicKind": "ADULTS", "yearlyContingent": 100}],
                 "practices": [{"inami": "%s", "name": "Good", "bce": "0812345603", "iban": "BE14063123456783",
                                "networkId": "refused-net", "agreementStart": "2023-01-01", "yearlyCapacity": 10,
                                "sftpUser": "refused-good", "sftpPassword": "long-enough-pw"},
                               {"inami": "%s", "name": "Bad", "bce": "0812345603", "iban": "BE14063123456783",
                                "networkId": "refused-net", "agreementStart": "2023-01-01", "yearlyCapacity": "lots",
                                "sftpUser": "refused-bad", "sftpPassword": "long-enough-pw"}]}
                """.formatted(good.inami(), bad.inami()), MediaType.APPLICATION_JSON_VALUE),
                "practices[1].yearlyCapacity", good, bad);

        // a misspelt field is not dropped silently
        assertRefusedAsAWhole(body("""
                networks:
                  - {id: refused-net, name: Refused, publicKind: ADULTS, yearlyContigent: 100}
                """, "application/yaml"), "networks[0].yearlyContigent", good, bad);
    }

    @Test
    void aNetworkWithBadFieldsIsRefusedFieldByFieldAndNotStored() {
        ResponseEntity<Map> refused = admin().postForEntity("/api/networks", Map.of("id", "bad network!",
                "name", "Bad", "publicKind", "TEENS", "yearlyContingent", 0), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactlyInAnyOrder("id", "publicKind", "yearlyContingent");

        refused = admin().postForEntity("/api/networks", Map.of("id", "bad-kind", "name", "Bad",
                "publicKind", "TEENS", "yearlyContingent", 10), Map.class);
        assertThat(fields(refused)).containsExactly("publicKind");
        assertThat(ops().getForEntity("/api/networks/bad-kind", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        refused = admin().postForEntity("/api/networks", Map.of("id", "bad-number", "name", "Bad",
                "publicKind", "ADULTS", "yearlyContingent", "many"), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused)).containsExactly("yearlyContingent");
        assertThat(ops().getForEntity("/api/networks/bad-number", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOpsRoleReadsNetworksButCannotWriteThemAndTheRefusalIsAudited() {
        ResponseEntity<Map> refused = ops().postForEntity("/api/networks", Map.of("id", "ops-network",
                "name", "Ops", "publicKind", "ADULTS", "yearlyContingent", 10), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ops().postForEntity("/api/reference-data", body("networks: []", "application/yaml"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ops().getForEntity("/api/networks/ops-network", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(audit()).anySatisfy(a -> assertThat(a).containsEntry("actor", "ops")
                .containsEntry("path", "/api/networks").containsEntry("status", 403));
        assertThat(audit()).anySatisfy(a -> assertThat(a).containsEntry("actor", "ops")
                .containsEntry("path", "/api/reference-data").containsEntry("status", 403));
        assertThat(rest.getForEntity("/api/networks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void networksAreListedAndAnUnknownOneIsNotFound() {
        assertThat(admin().postForEntity("/api/networks", Map.of("id", "namur-adults", "name", "Namur",
                "publicKind", "ADULTS", "yearlyContingent", 5000), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<List<Map<String, Object>>> all = ops().exchange("/api/networks", HttpMethod.GET, null, LIST);
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).anySatisfy(n -> assertThat(n).containsEntry("id", "namur-adults")
                .containsEntry("name", "Namur").containsEntry("yearlyContingent", 5000)
                .containsEntry("contingentUsed", 0));
        assertThat(ops().getForEntity("/api/networks/no-such-network", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** The set is loaded; the answer counts the networks and the practices it created and updated. */
    private void assertSetLoaded(HttpEntity<String> set, Map<String, Integer> networks,
                                 Map<String, Integer> practices) {
        ResponseEntity<Map> loaded = admin().postForEntity("/api/reference-data", set, Map.class);
        assertThat(loaded.getStatusCode()).as("%s", loaded.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(loaded.getBody()).isEqualTo(Map.of("networks", networks, "practices", practices));
    }

    /** The set is refused as a whole, its answer naming the one field at fault; nothing of it is stored. */
    private void assertRefusedAsAWhole(HttpEntity<String> set, String field, TestPractice... practices) {
        assertThat(fields(admin().postForEntity("/api/reference-data", set, Map.class))).containsExactly(field);
        assertNothingStored(practices);
    }

    private void assertNothingStored(TestPractice... practices) {
        assertThat(ops().getForEntity("/api/networks/refused-net", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        for (TestPractice p : practices) {
            assertThat(ops().getForEntity("/api/practices/" + p.inami(), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(GATEWAY.practiceHome(p.sftpUser())).doesNotExist();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ResponseEntity<Map> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<Map<String, String>> errors = (List<Map<String, String>>) answer.getBody().get("errors");
        assertThat(errors).as("errors of %s", answer.getBody()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("message")).isNotBlank());
        return errors.stream().map(e -> e.get("field")).toList();
    }

    private List<Map<String, Object>> audit() {
        return ops().exchange("/api/audit?limit=50", HttpMethod.GET, null, LIST).getBody();
    }

    private static HttpEntity<String> body(String text, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return new HttpEntity<>(text, headers);
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "admin");
    }

    private TestRestTemplate ops() {
        return rest.withBasicAuth("ops", "ops");
    }
}
