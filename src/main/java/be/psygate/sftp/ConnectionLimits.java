package be.psygate.sftp;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a new connection, before any authentication, when its source address already holds
 * {@link SftpLimits#maxSessionsPerAddress()} connections or when {@link SftpLimits#maxUnauthenticated()}
 * connections are waiting to log in: one client cannot take every thread and socket of the server, and a flood of
 * connections that never log in cannot keep practices out for long (each is cut after the auth timeout).
 *
 * <p>The service account's sessions stop counting once logged in: the gateway's own routes connect from this
 * machine, several at once, and must not crowd out the practices (nor be crowded out).
 *
 * <p>SSHD tells each session's life ({@link SessionListener}); throwing from {@link #sessionCreated} makes SSHD
 * close the connection at once. (Throwing from an {@code IoServiceEventListener} would leave the socket open in
 * SSHD 2.20.) Thread-safe (synchronized, short).
 */
final class ConnectionLimits implements SessionListener {

    private static final Logger log = LoggerFactory.getLogger(ConnectionLimits.class);
    private static final AttributeKey<State> STATE = new AttributeKey<>();

    private final SftpLimits limits;
    private final String serviceUser;
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int unauthenticated;

    /** What a session counts for. */
    private static final class State {
        final String address;
        boolean countsForAddress = true;
        boolean authenticated;

        State(String address) {
            this.address = address;
        }
    }

    ConnectionLimits(SftpLimits limits, String serviceUser) {
        this.limits = limits;
        this.serviceUser = serviceUser;
    }

    @Override
    public synchronized void sessionCreated(Session session) {
        String address = addressOf(session.getRemoteAddress());
        if (byAddress.getOrDefault(address, 0) >= limits.maxSessionsPerAddress()) {
            log.warn("SFTP connection refused: remote={} already holds {} connections", address,
                    limits.maxSessionsPerAddress());
            throw new IllegalStateException("too many connections from " + address);
        }
        if (unauthenticated >= limits.maxUnauthenticated()) {
            log.warn("SFTP connection refused: remote={}: {} connections are already waiting to log in", address,
                    unauthenticated);
            throw new IllegalStateException("too many connections waiting to log in");
        }
        State state = new State(address);
        session.setAttribute(STATE, state);
        byAddress.merge(state.address, 1, Integer::sum);
        unauthenticated++;
    }

    @Override
    public synchronized void sessionEvent(Session session, Event event) {
        State state = session.getAttribute(STATE);
        if (event != Event.Authenticated || state == null || state.authenticated) {
            return;
        }
        state.authenticated = true;
        unauthenticated--;
        if (serviceUser.equals(session.getUsername())) {
            state.countsForAddress = false;
            release(state.address);
        }
    }

    @Override
    public synchronized void sessionClosed(Session session) {
        State state = session.removeAttribute(STATE);
        if (state == null) {
            return;
        }
        if (!state.authenticated) {
            unauthenticated--;
        }
        if (state.countsForAddress) {
            release(state.address);
        }
    }

    /** Connections counted now for an address (for tests and diagnosis). */
    synchronized int connectionsFrom(String address) {
        return byAddress.getOrDefault(address, 0);
    }

    private void release(String address) {
        byAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    private static String addressOf(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
