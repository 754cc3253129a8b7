package be.psygate.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who writes each table. A table has one owner, the class that writes it; a second writer is a change to this list,
 * made on purpose and reviewed, never an accident. A session's way is written by two owners, each of its own table:
 * {@code session_line} by intake's {@code SessionLedger} (a line stored, accepted or rejected), {@code session_account}
 * by {@code AccountLedger} (invoiced, held from billing, reopened, answered by the insurer), which billing and
 * reconciliation call.
 */
class TableOwnersTest {

    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([a-z_][a-z0-9_]*)\\b");

    private static final Map<String, Set<String>> OWNERS = Map.ofEntries(
            Map.entry("network", Set.of("NetworkRepository")),
            Map.entry("practice", Set.of("PracticeRepository")),
            Map.entry("practice_key", Set.of("PracticeRepository")),
            Map.entry("sftp_user_name", Set.of("PracticeRepository")),
            Map.entry("received_file", Set.of("FileLedger")),
            Map.entry("list_notice", Set.of("FileLedger")),
            Map.entry("file_fingerprint", Set.of("FileLedger")),
            Map.entry("quota_count", Set.of("SessionLedger")),
            Map.entry("quota_month_count", Set.of("SessionLedger")),
            Map.entry("psychologist_month_count", Set.of("SessionLedger")),
            Map.entry("premium_session", Set.of("SessionLedger")),
            Map.entry("billing_run", Set.of("InvoiceLedger")),
            Map.entry("insurer_return", Set.of("ReturnLedger")),
            Map.entry("return_line", Set.of("ReturnLedger")),
            Map.entry("payment_run", Set.of("PaymentLedger")),
            Map.entry("payment", Set.of("PaymentLedger")),
            Map.entry("payment_return_entry", Set.of("PaymentLedger")),
            Map.entry("bank_statement", Set.of("BankLedger")),
            Map.entry("announced_payment", Set.of("BankLedger")),
            Map.entry("bank_credit", Set.of("BankLedger")),
            Map.entry("operator_action", Set.of("OperatorActions")),
            Map.entry("scheduled_run", Set.of("RunLock")),
            Map.entry("gateway_instance", Set.of("GatewayInstance")),
            Map.entry("session_line", Set.of("SessionLedger")),
            Map.entry("session_account", Set.of("AccountLedger")),
            Map.entry("invoice_batch", Set.of("InvoiceLedger")),
            Map.entry("practice_entry", Set.of("EntryLedger")),
            Map.entry("tranche1_pending", Set.of("EntryLedger")));

    @Test
    void everyTableIsWrittenOnlyByItsOwners() throws IOException {
        Map<String, Set<String>> writers = writersOfEachTable(Path.of("src/main/java"));
        Set<String> tables = tablesOfTheMigrations(Path.of("src/main/resources/db"));

        assertThat(writers.keySet()).as("tables written in the code").isNotEmpty();
        writers.forEach((table, classes) -> {
            if (!tables.contains(table)) {
                return; // a word after UPDATE that is no table of ours (e.g. "update" in a text)
            }
            assertThat(OWNERS).as("table %s has a declared owner", table).containsKey(table);
            assertThat(OWNERS.get(table)).as("the classes that write %s", table).containsAll(classes);
        });
    }

    @Test
    void everyDeclaredOwnerStillWritesItsTable() throws IOException {
        Map<String, Set<String>> writers = writersOfEachTable(Path.of("src/main/java"));
        OWNERS.forEach((table, owners) ->
                assertThat(writers.getOrDefault(table, Set.of()))
                        .as("the declared owners of %s write it", table).containsExactlyInAnyOrderElementsOf(owners));
    }

    private static Map<String, Set<String>> writersOfEachTable(Path sources) throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                String owner = file.getFileName().toString().replace(".java", "");
                Matcher m = WRITE.matcher(read(file));
                while (m.find()) {
                    writers.computeIfAbsent(m.group(1).toLowerCase(), t -> new TreeSet<>()).add(owner);
                }
            });
        }
        return writers;
    }

    private static Set<String> tablesOfTheMigrations(Path migrations) throws IOException {
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
        Set<String> tables = new TreeSet<>();
        // the shared migrations and each database's own
        try (Stream<Path> files = Files.walk(migrations)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = create.matcher(read(f));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            });
        }
        return tables;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
