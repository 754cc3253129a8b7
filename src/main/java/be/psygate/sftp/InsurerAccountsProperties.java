package be.psygate.sftp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The insurers' own logins on the embedded SFTP server ({@code psygate.sftp.insurer-accounts}): each insurer fetches
 * its invoices from {@code in/} and leaves its answers in {@code out/} of its home {@code insurers/<insurer id>}.
 * Passwords come from the configuration (the environment in production) and are kept only as BCrypt hashes.
 *
 * @param insurerAccounts the insurers' logins, each a {@code user}, an {@code insurer-id}, and a {@code password}
 *                        or {@code public-keys} (or both); user names start with {@code insurer}
 */
@Validated
@ConfigurationProperties("psygate.sftp")
public record InsurerAccountsProperties(List<InsurerAccount> insurerAccounts) {

    public InsurerAccountsProperties {
        insurerAccounts = insurerAccounts == null ? List.of() : List.copyOf(insurerAccounts);
    }

    /** One insurer's login. */
    public record InsurerAccount(String user, String insurerId, String password, List<String> publicKeys) {
        public InsurerAccount {
            publicKeys = publicKeys == null ? List.of() : List.copyOf(publicKeys);
        }
    }
}
