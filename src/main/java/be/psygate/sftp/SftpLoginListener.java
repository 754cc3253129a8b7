package be.psygate.sftp;

import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each successful login at INFO, once the session is actually authenticated. */
final class SftpLoginListener implements SessionListener {

    private static final Logger log = LoggerFactory.getLogger(SftpLoginListener.class);

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event == Event.Authenticated) {
            log.info("SFTP login: user={} method={} remote={}", session.getUsername(),
                    session.getAttribute(SftpSessions.METHOD), SftpSessions.remote(session));
        }
    }
}
