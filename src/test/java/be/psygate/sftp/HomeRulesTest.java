package be.psygate.sftp;

import static be.psygate.sftp.TestSftpServer.SERVICE_PASSWORD;
import static be.psygate.sftp.TestSftpServer.SERVICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * A practice's home as OpenSSH's chroot would keep it, on the real server: every attack tried against it is
 * refused with a status the client shows, and honest uploads still work. Requests are sent by SSHD's own client
 * (names exactly as given) and by the OpenSSH {@code sftp} client. One server for the whole class; each test uses
 * its own practice.
 */
class HomeRulesTest {

    private static final String PASSWORD = "practice-pw";

    @RegisterExtension
    static final TestSftpServer server = TestSftpServer.forTheClass(new SftpLimits(200, 8, 20, 50, 64, 6,
            Duration.ofSeconds(30), Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMinutes(1),
            DataSize.ofKilobytes(200), Duration.ofHours(2)));
    @RegisterExtension
    static final OpenSsh openSsh = OpenSsh.forTheClass();

    static Stream<String> namesThatAreNotNames() {
        return Stream.of(
                "check/sub\\v2.csv",
                "check/sub\\..\\..\\..\\..\\canary.txt",
                "in/list\n2.csv",
                "in/list\r.csv",
                "in/\u001b[31mred\u001b[0m.csv",
                "in/\u009b31mred.csv",
                "in/del\u007f.csv",
                "in/" + "a".repeat(197) + ".csv",
                "in/" + "é".repeat(99) + ".csv",
                "in/.hidden.csv",
                "check/.in.list.csv.");
    }

    @ParameterizedTest
    @MethodSource("namesThatAreNotNames")
    void aNameThatIsNotANameIsRefusedOnCreateRenameAndMkdir(String path) throws Exception {
        String user = newPracticeThat(sftp -> {
            assertRefused(() -> sftp.write(path, "patients"), "file name");
            sftp.write("in/honest.csv", "list");
            assertRefused(() -> sftp.sftp().rename("in/honest.csv", path), "file name");
            assertRefused(() -> sftp.sftp().mkdir(path), "folders cannot be created");
        });
        try (Stream<Path> files = Files.walk(home(user))) {
            assertThat(files.map(f -> home(user).relativize(f).toString()))
                    .containsExactlyInAnyOrder("", "in", "check", "out", "in/honest.csv");
        }
    }

    /**
     * The names of the corpus of bad inputs (which the intake tests drop straight on the disk, as an external server
     * would take them): this server takes every one of them at upload, except the dot files and the name of 255
     * bytes, refused at upload.
     */
    @Test
    void theBadInputsCorpusNamesAreTakenOrRefusedAtUpload() throws Exception {
        String user = practice();
        List<String> rows = Files.readAllLines(Path.of("test-fixtures/bad/expected.csv")).stream().skip(1)
                .filter(row -> !row.isBlank()).toList();
        List<String> refused = new java.util.ArrayList<>();
        try (MinaSftp sftp = MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD)) {
            for (String row : rows) {
                String[] fields = row.split(";", 4);
                String path = fields[1] + "/" + fields[0];
                try {
                    sftp.write(path, "x");
                    sftp.sftp().remove(path);
                } catch (SftpException e) {
                    assertThat(e.getStatus()).as(path).isEqualTo(SftpConstants.SSH_FX_PERMISSION_DENIED);
                    refused.add(fields[0].length() > 60 ? "long name of " + fields[0].length() : fields[0]);
                }
            }
        }
        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(refused).containsExactlyInAnyOrder(".sessions.csv", ".hidden-check.csv", "long name of 255");
    }

    @Test
    void aNameOf200BytesIsTaken() throws Exception {
        String name = "é".repeat(98) + ".csv";
        String user = newPracticeThat(sftp -> {
            sftp.write("in/" + name, "list");
        });
        assertThat(home(user).resolve("in").resolve(name)).hasContent("list");
    }

    @Test
    void openSshShowsTheRefusalOfABadName() throws Exception {
        Path key = openSsh.generateKey("bad-names", "ed25519");
        String user = practice(key);
        Path list = Files.writeString(openSsh.dir().resolve("list.csv"), "list\n");

        OpenSsh.Result longName = openSsh.sftp(server.port(), server.knownHosts(), user, key,
                "put " + list + " in/" + "a".repeat(201));
        OpenSsh.Result backslash = openSsh.sftp(server.port(), server.knownHosts(), user, key,
                "put " + list + " 'check/sub\\v2.csv'");
        OpenSsh.Result dot = openSsh.sftp(server.port(), server.knownHosts(), user, key, "put " + list + " in/.list.csv");

        for (OpenSsh.Result result : List.of(longName, backslash, dot)) {
            assertThat(result.ok()).as(result.describe()).isFalse();
            assertThat(result.err()).as(result.describe()).contains("Permission denied");
        }
        assertThat(home(user).resolve("in")).isEmptyDirectory();
        assertThat(home(user).resolve("check")).isEmptyDirectory();
    }

    @Test
    void anHonestUploadUnderATemporaryNameIsRenamedIntoPlace() throws Exception {
        String user = newPracticeThat(sftp -> {
            sftp.write("in/list.csv.a1b2c3.partial", "rclone's list");
            sftp.sftp().rename("in/list.csv.a1b2c3.partial", "in/list.csv");
            sftp.write("check/list.csv.filepart", "WinSCP's list");
            sftp.sftp().rename("check/list.csv.filepart", "check/list.csv");
            sftp.sftp().rename("check/list.csv", "in/checked-then-billed.csv");
            sftp.sftp().remove("in/list.csv");
        });
        assertThat(home(user).resolve("in/checked-then-billed.csv")).hasContent("WinSCP's list");
        assertThat(home(user).resolve("in/list.csv")).doesNotExist();
    }

    @Test
    void openSshPutsAndResumesAnUpload() throws Exception {
        Path key = openSsh.generateKey("resumer", "ed25519");
        String user = practice(key);
        String content = "line_ref;psychologist_inami\n" + "L1;12345678901\n".repeat(5000);
        Path list = Files.writeString(openSsh.dir().resolve("resumed.csv"), content);
        try (MinaSftp sftp = MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD)) {
            sftp.write("in/resumed.csv", content.substring(0, 20_000));
        }

        OpenSsh.Result result = openSsh.sftp(server.port(), server.knownHosts(), user, key,
                "put " + list + " in/whole.csv", "reput " + list + " in/resumed.csv", "ls -l in");

        assertThat(result.ok()).as(result.describe()).isTrue();
        assertThat(home(user).resolve("in/whole.csv")).hasContent(content);
        assertThat(home(user).resolve("in/resumed.csv")).hasContent(content);
    }

    @Test
    void outHoldsTheGatewaysAnswersReadableAndDeletableNotWritable() throws Exception {
        Path key = openSsh.generateKey("reader", "ed25519");
        String user = practice(key);
        Files.writeString(home(user).resolve("out/list.csv.ack.csv"), "ack");
        Files.writeString(home(user).resolve("out/old.ack.csv"), "old ack");
        Path forged = Files.writeString(openSsh.dir().resolve("forged.csv"), "forged");

        try (MinaSftp sftp = MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD)) {
            assertRefused(() -> sftp.write("out/new.csv", "forged"), "out/ holds what the gateway sends you");
            assertRefused(() -> sftp.write("out/list.csv.ack.csv", "forged"), "out/");
            sftp.write("in/list.csv", "list");
            assertRefused(() -> sftp.sftp().rename("in/list.csv", "out/list.csv"), "out/");
            assertRefused(() -> sftp.sftp().rename("out/list.csv.ack.csv", "in/replayed.csv"), "out/");
            assertRefused(() -> sftp.sftp().rename("out/list.csv.ack.csv", "out/renamed.csv"), "out/");
        }
        OpenSsh.Result put = openSsh.sftp(server.port(), server.knownHosts(), user, key, "put " + forged + " out/forged.csv");
        OpenSsh.Result fetch = openSsh.sftp(server.port(), server.knownHosts(), user, key,
                "lcd " + openSsh.dir(), "get out/list.csv.ack.csv", "rm out/old.ack.csv");

        assertThat(put.ok()).as(put.describe()).isFalse();
        assertThat(put.err()).contains("Permission denied");
        assertThat(fetch.ok()).as(fetch.describe()).isTrue();
        assertThat(openSsh.dir().resolve("list.csv.ack.csv")).hasContent("ack");
        assertThat(home(user).resolve("out/list.csv.ack.csv")).hasContent("ack");
        assertThat(home(user).resolve("out/old.ack.csv")).doesNotExist();
        assertThat(home(user).resolve("out/forged.csv")).doesNotExist();
        assertThat(home(user).resolve("out/new.csv")).doesNotExist();
        assertThat(home(user).resolve("in/replayed.csv")).doesNotExist();
    }

    @Test
    void theHomeAndItsFoldersCannotBeChanged() throws Exception {
        Path key = openSsh.generateKey("vandal", "ed25519");
        String user = practice(key);
        Path file = Files.writeString(openSsh.dir().resolve("vandal.csv"), "x");

        OpenSsh.Result mkdir = openSsh.sftp(server.port(), server.knownHosts(), user, key, "mkdir stash");
        OpenSsh.Result putAtRoot = openSsh.sftp(server.port(), server.knownHosts(), user, key, "put " + file + " stash.csv");
        OpenSsh.Result rmdir = openSsh.sftp(server.port(), server.knownHosts(), user, key, "rmdir check");
        OpenSsh.Result rename = openSsh.sftp(server.port(), server.knownHosts(), user, key, "rename check gone");
        OpenSsh.Result chmodFolder = openSsh.sftp(server.port(), server.knownHosts(), user, key, "chmod 000 in");
        OpenSsh.Result mkdirInside = openSsh.sftp(server.port(), server.knownHosts(), user, key, "mkdir in/sub");

        for (OpenSsh.Result result : List.of(mkdir, putAtRoot, rmdir, rename, chmodFolder, mkdirInside)) {
            assertThat(result.ok()).as(result.describe()).isFalse();
            assertThat(result.err()).as(result.describe()).contains("Permission denied");
        }
        try (Stream<Path> files = Files.list(home(user))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("in", "check", "out");
        }
        assertThat(Files.getPosixFilePermissions(home(user).resolve("in")))
                .isEqualTo(HomeRulesFileSystemAccessor.FOLDER_MODE);
        assertThat(home(user).resolve("in/sub")).doesNotExist();
    }

    @Test
    void aPracticeChangesNoPermissionsButMayKeepItsDates() throws Exception {
        String user = newPracticeThat(sftp -> {
            sftp.write("in/list.csv", "list");
            assertRefused(() -> sftp.sftp().setStat("in/list.csv", new SftpClient.Attributes().perms(0777)),
                    "permissions");
            assertRefused(() -> sftp.sftp().setStat("out", new SftpClient.Attributes().perms(0)), "permissions");
            sftp.sftp().setStat("in/list.csv", new SftpClient.Attributes()
                    .modifyTime(java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L)));
        });
        assertThat(Files.getPosixFilePermissions(home(user).resolve("in/list.csv")))
                .isEqualTo(HomeRulesFileSystemAccessor.FILE_MODE);
        assertThat(Files.getPosixFilePermissions(home(user).resolve("out")))
                .isEqualTo(HomeRulesFileSystemAccessor.FOLDER_MODE);
        assertThat(Files.getLastModifiedTime(home(user).resolve("in/list.csv")).toMillis())
                .isEqualTo(1_000_000_000_000L);
    }

    @Test
    void filesAreCreated0600AndFolders0700WhateverTheClientAsks() throws Exception {
        Path key = openSsh.generateKey("modes", "ed25519");
        String user = practice(key);
        Path list = Files.writeString(openSsh.dir().resolve("modes.csv"), "list\n");
        Files.setPosixFilePermissions(list, PosixFilePermissions.fromString("rwxrwxrwx"));

        OpenSsh.Result put = openSsh.sftp(server.port(), server.knownHosts(), user, key, "put " + list + " in/modes.csv");
        try (MinaSftp gateway = MinaSftp.connect(server.port(), server.knownHosts(), SERVICE_USER, SERVICE_PASSWORD)) {
            gateway.sftp().mkdir("archive-" + user);
            gateway.write("practices/" + user + "/out/modes.csv.ack.csv", "ack");
        }

        assertThat(put.ok()).as(put.describe()).isTrue();
        assertThat(Files.getPosixFilePermissions(home(user).resolve("in/modes.csv")))
                .isEqualTo(HomeRulesFileSystemAccessor.FILE_MODE);
        assertThat(Files.getPosixFilePermissions(home(user).resolve("out/modes.csv.ack.csv")))
                .isEqualTo(HomeRulesFileSystemAccessor.FILE_MODE);
        assertThat(Files.getPosixFilePermissions(server.root().resolve("archive-" + user)))
                .isEqualTo(HomeRulesFileSystemAccessor.FOLDER_MODE);
        for (Path folder : List.of(home(user), home(user).resolve("in"), home(user).resolve("out"))) {
            assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(HomeRulesFileSystemAccessor.FOLDER_MODE);
        }
    }

    @Test
    void theServiceAccountKeepsFullAccess() throws Exception {
        String user = newPracticeThat(practice -> {
            practice.write("in/list.csv", "list");
        });
        String home = "practices/" + user;
        try (MinaSftp gateway = MinaSftp.connect(server.port(), server.knownHosts(), SERVICE_USER, SERVICE_PASSWORD)) {
            gateway.write(home + "/out/list.csv.ack.csv.part", "ack");
            gateway.sftp().rename(home + "/out/list.csv.ack.csv.part", home + "/out/list.csv.ack.csv");
            gateway.sftp().mkdir("archive");
            gateway.sftp().rename(home + "/in/list.csv", "archive/list.csv.20260101-000000000");
        }
        assertThat(home(user).resolve("out/list.csv.ack.csv")).hasContent("ack");
        assertThat(server.root().resolve("archive/list.csv.20260101-000000000")).hasContent("list");
    }

    @Test
    void anInsurerWritesItsAnswersInOutAndOnlyReadsIn() throws Exception {
        String user = "insurer500";
        server.addAccount(user, server.root().resolve("insurers/500"), PASSWORD, List.of());
        new SftpHomes(server.root(), SERVICE_USER).ensureInsurerHome("500");
        Files.writeString(server.root().resolve("insurers/500/in/invoice.txt"), "invoice");
        try (MinaSftp sftp = MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD)) {
            sftp.write("out/answer.csv.part", "answer");
            sftp.sftp().rename("out/answer.csv.part", "out/answer.csv");
            assertRefused(() -> sftp.write("in/forged.txt", "forged"), "in/ holds what the gateway sends you");
            sftp.sftp().remove("in/invoice.txt");
        }
        assertThat(server.root().resolve("insurers/500/out/answer.csv")).hasContent("answer");
        assertThat(server.root().resolve("insurers/500/in")).isEmptyDirectory();
    }

    @Test
    void aHomeBeyondItsQuotaTakesNoMore() throws Exception {
        String half = "x".repeat(120 * 1024);
        String user = newPracticeThat(sftp -> {
            sftp.write("in/first.csv", half);
            assertRefused(() -> sftp.write("in/second.csv", half), "quota");
            sftp.sftp().remove("in/first.csv");
            sftp.write("in/third.csv", half);
        });
        assertThat(home(user).resolve("in/third.csv")).hasSize(half.length());
    }

    private static int practices;

    private static String practice() {
        return practice(null);
    }

    private static String practice(Path key) {
        String user = "p" + (++practices);
        server.ensureHome(server.addPractice(user, PASSWORD, TestSftpServer.publicKeys(key)));
        return user;
    }

    /** What a practice does, logged in with SSHD's client. */
    private interface PracticeSteps {
        void run(MinaSftp sftp) throws Exception;
    }

    /** A new practice, which logs in with its password, does {@code steps} and logs out; its user name. */
    private static String newPracticeThat(PracticeSteps steps) throws Exception {
        String user = practice();
        try (MinaSftp sftp = MinaSftp.connect(server.port(), server.knownHosts(), user, PASSWORD)) {
            steps.run(sftp);
        }
        return user;
    }

    private static Path home(String user) {
        return server.root().resolve("practices").resolve(user);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable request,
            String reason) {
        assertThatThrownBy(request).isInstanceOfSatisfying(SftpException.class, e -> {
            assertThat(e.getStatus()).isEqualTo(SftpConstants.SSH_FX_PERMISSION_DENIED);
            assertThat(e.getMessage()).contains(reason);
        });
    }
}
