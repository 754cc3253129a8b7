package be.psygate.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SftpUserNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "cabinet-durand", "psy.martin_2", "a2345678901234567890123456789012"})
    void validNames(String user) {
        assertThat(SftpUserNames.isValid(user)).isTrue();
        assertThat(SftpUserNames.requireValid(user)).isEqualTo(user);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {".", "..", "../x", "a/b", "a\\b", "/a", "-a", ".a", "_a", "Alice", "a b", "é",
            "a2345678901234567890123456789012x", "a\n", "a\u0000"})
    void namesThatCouldLeaveTheirFolderOrAreNotPlainAreInvalid(String user) {
        assertThat(SftpUserNames.isValid(user)).isFalse();
        assertThatThrownBy(() -> SftpUserNames.requireValid(user)).isInstanceOf(IllegalArgumentException.class);
    }
}
