package be.psygate.sftp;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An account directory held in memory, changeable while the server runs; for tests only. */
class InMemorySftpAccountDirectory implements SftpAccountDirectory {

    private final Map<String, SftpAccount> accounts = new ConcurrentHashMap<>();

    void put(SftpAccount account) {
        accounts.put(account.user(), account);
    }

    void remove(String user) {
        accounts.remove(user);
    }

    @Override
    public Optional<SftpAccount> find(String user) {
        return Optional.ofNullable(accounts.get(user));
    }
}
