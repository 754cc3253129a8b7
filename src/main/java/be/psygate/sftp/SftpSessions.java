package be.psygate.sftp;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;

/** What the server remembers on an SSH session, and how a session is described in the logs. */
final class SftpSessions {

    /** The account the session logged in as; set by the authenticator, read by the file system factory. */
    static final AttributeKey<SftpAccount> ACCOUNT = new AttributeKey<>();

    /** The authentication method that let the session in ({@code password} or {@code publickey}). */
    static final AttributeKey<String> METHOD = new AttributeKey<>();

    private SftpSessions() {
    }

    /** The client's address as {@code ip:port}. */
    static String remote(Session session) {
        SocketAddress address = session.getRemoteAddress();
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    /** The client's address without its port: what limits and delays are counted by. */
    static String address(Session session) {
        SocketAddress address = session.getRemoteAddress();
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }

    /** Whether the client connects from this machine. */
    static boolean fromLoopback(Session session) {
        return session.getRemoteAddress() instanceof InetSocketAddress inet
                && inet.getAddress() != null
                && inet.getAddress().isLoopbackAddress();
    }
}
