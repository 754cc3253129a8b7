package be.psygate.ops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * The embedded broker ({@code psygate.broker.*}): its network acceptor, redelivery, and who may log in to it.
 *
 * @param acceptor            network acceptor URL ({@code tcp://host:port}); empty: in-VM only, nobody outside the
 *                            process reaches the broker
 * @param maxDeliveryAttempts deliveries of a message before it goes to its dead-letter queue
 * @param redeliveryDelay     ms before the first redelivery, doubling after each
 * @param acceptedSessions    the queue that announces the files with accepted sessions to billing
 * @param opsEvents           the operators' topic, which the ops login may read
 * @param billingDeadLetters  the queue where an invoice batch whose delivery failed is parked
 * @param insurerReturns      the queue the insurers' logins may send their answers to
 * @param users               the logins the broker knows
 * @param journalBufferTimeout how long the embedded broker's journal gathers durable writes before it syncs them to
 *                            the disk in one go; zero (the default): each one synced as it comes. Artemis' own
 *                            default (3.3 ms with its NIO journal) suits many producers sending at once; the gateway's
 *                            durable sends come one at a time, each waiting for its sync, so that each list's notice
 *                            would wait the whole window out. Null: zero. At most a second
 */
@Validated
@ConfigurationProperties("psygate.broker")
public record BrokerProperties(
        String acceptor,
        @NotNull Integer maxDeliveryAttempts,
        @NotNull Long redeliveryDelay,
        @NotBlank String acceptedSessions,
        @NotBlank String opsEvents,
        @NotBlank String billingDeadLetters,
        @NotBlank String insurerReturns,
        @NotNull @Valid Users users,
        Duration journalBufferTimeout) {

    public BrokerProperties {
        acceptor = acceptor == null ? "" : acceptor.strip();
        journalBufferTimeout = journalBufferTimeout == null ? Duration.ZERO : journalBufferTimeout;
        if (journalBufferTimeout.isNegative() || journalBufferTimeout.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("psygate.broker.journal-buffer-timeout must be between 0 and 1s, got "
                    + journalBufferTimeout);
        }
        if (maxDeliveryAttempts < 1 || redeliveryDelay < 0) {
            throw new IllegalArgumentException("psygate.broker.max-delivery-attempts must be positive and "
                    + "redelivery-delay not negative");
        }
    }

    /**
     * The broker's logins, held in memory by the broker and never logged ({@code toString} hides the passwords).
     *
     * @param gateway  the gateway's own login, used in-VM; no password: a new random one at every start, so that
     *                 nobody outside the process can log in with the gateway's rights
     * @param ops      read-only: subscribes to the operators' topic, nothing else; no user: no such login
     * @param insurers one login per insurer that talks to the gateway over the broker: reads its invoice queue
     *                 {@code psygate.invoices.<insurer id>} and sends its answers to {@code psygate.insurer-returns}
     */
    public record Users(Login gateway, Login ops, List<InsurerLogin> insurers) {

        public Users {
            insurers = insurers == null ? List.of() : List.copyOf(insurers);
        }
    }

    /**
     * A user name and its password; {@link #toString()} leaves the password out.
     *
     * @param user     the user name; empty: no such login
     * @param password its password
     */
    public record Login(String user, String password) {

        public Login {
            user = user == null ? "" : user.strip();
            password = password == null ? "" : password;
        }

        boolean isSet() {
            return !user.isEmpty();
        }

        @Override
        public String toString() {
            return "Login[user=" + user + ", password=" + (password.isEmpty() ? "none" : "***") + "]";
        }
    }

    /** An insurer's login; {@link #toString()} leaves the password out. */
    public record InsurerLogin(String user, String insurerId, String password) {

        public InsurerLogin {
            if (user == null || user.isBlank() || insurerId == null || !insurerId.strip().matches("[0-9A-Za-z-]+")
                    || password == null || password.isEmpty()) {
                throw new IllegalArgumentException(
                        "psygate.broker.users.insurers: every login needs a user, an insurer-id and a password");
            }
            user = user.strip();
            insurerId = insurerId.strip();
        }

        @Override
        public String toString() {
            return "InsurerLogin[user=" + user + ", insurerId=" + insurerId + ", password=***]";
        }
    }
}
