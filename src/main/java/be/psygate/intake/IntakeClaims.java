package be.psygate.intake;

import be.psygate.identity.Niss;
import be.psygate.ledger.QuickCommit;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database claim that keeps every upload to one gateway instance: Camel's JDBC idempotent repository (its table,
 * {@code camel_messageprocessed}, comes from Flyway), where a claim names the instance that holds it
 * ({@link GatewayInstance}) and is a <b>lease</b>.
 *
 * <ul>
 *   <li>An upload is claimed while the folders are listed (eager idempotency), before it is taken: a row
 *   ({@code processorName}, key, {@code createdAt} = now, {@code instanceId} = this instance).</li>
 *   <li>While the upload is in flight (claimed, not yet done), the instance that claimed it renews the claim
 *   ({@link #renewInFlight()}, every third of the lease): {@code createdAt} moves on.</li>
 *   <li>A claim is <b>dead</b> when its instance is: its heartbeat is older than the instance's {@code dead-after}
 *   (10 s by default), or its row is gone (removed as the same gateway started again on the same host and work
 *   folder). A claim is also stale once older than the lease (a claim taken before instances were recorded, or the
 *   claim of an upload done but listed again). A dead or stale claim belongs to an instance that stopped without
 *   finishing (a crash, a {@code kill -9}, a lost machine) while the upload stayed in {@code in/}: the next
 *   instance that lists the upload takes the claim over, atomically (an update that counts the row only while it is
 *   still as it was read: of two instances only one counts it), and takes the upload in again. The intake answers
 *   such an upload from the ledger if it was stored already ({@link IntakeService}), never storing it twice.</li>
 *   <li>A claim whose upload is done stays, so that the same upload is not taken again while it is still listed;
 *   once older than the retention it is deleted ({@link #evictOlderThan(Duration)}).</li>
 * </ul>
 *
 * <p>Times are the instances' wall clocks, never the gateway's (possibly pinned) business clock, written in UTC: the
 * instances' clocks must agree to well within the instances' {@code dead-after} (NTP). A claim remembers the time
 * its instance last wrote, so that renewing or giving back a claim that another instance took over in the meantime
 * changes nothing.
 *
 * <p>Also gives back the claims a poll took when the listing fails halfway (the connection drops, an entry vanishes
 * while the folder is being listed): Camel 4.17 releases its in-progress marks but not these claims (CAMEL-24090),
 * and every upload listed before the failure stayed in {@code in/}. {@link ReleasingPollStrategy} gives them back.
 */
final class IntakeClaims extends JdbcMessageIdRepository {

    static final String PROCESSOR_NAME = "intake-practice-lists";

    private static final Logger log = LoggerFactory.getLogger(IntakeClaims.class);
    private static final String TABLE = "camel_messageprocessed";

    private final Duration lease;
    private final QuickCommit quickCommit;
    private final Clock clock;
    private final GatewayInstance instance;
    /** The claims this instance holds on uploads in flight, with the time it last wrote in each. */
    private final Map<String, LocalDateTime> inFlight = new ConcurrentHashMap<>();
    private final Object writing = new Object();
    private final ThreadLocal<List<String>> claimedThisPoll = ThreadLocal.withInitial(ArrayList::new);
    /** How many times a claim was given back since the start: an upload that failed, or was not taken after all. */
    private final AtomicLong givenBack = new AtomicLong();

    /**
     * @param lease    how long a claim holds without being renewed
     * @param clock    the wall clock (the claims of all instances are compared by it)
     * @param instance this gateway instance, named by its claims
     */
    IntakeClaims(DataSource dataSource, Duration lease, Clock clock, GatewayInstance instance) {
        super(dataSource, PROCESSOR_NAME);
        setCreateTableIfNotExists(false);
        this.quickCommit = new QuickCommit(dataSource);
        this.lease = lease;
        this.clock = clock;
        this.instance = instance;
    }

    /** A claim as read: when its instance last wrote it, which instance, and that instance's last heartbeat. */
    private record Held(LocalDateTime since, String instanceId, LocalDateTime heartbeat) {
    }

    /**
     * Claims an upload: a new claim, or one that is dead or whose lease ran out (taken over). False when another
     * claim holds it: a live instance works on it, or it was done.
     */
    @Override
    public boolean add(String key) {
        if (sameUploadInFlight(key)) {
            return false;
        }
        LocalDateTime now = now();
        List<Held> held = jdbcTemplate.query("select c.createdAt, c.instanceId, i.heartbeat_at from " + TABLE
                        + " c left join gateway_instance i on i.id = c.instanceId "
                        + "where c.processorName = ? and c.messageId = ?",
                (rs, n) -> new Held(rs.getObject(1, LocalDateTime.class), rs.getString(2),
                        rs.getObject(3, LocalDateTime.class)), processorName, key);
        boolean claimed;
        if (held.isEmpty()) {
            claimed = claimNew(key, now);
        } else {
            Held claim = held.get(0);
            boolean outlivedLease = claim.since() == null || claim.since().isBefore(now.minus(lease));
            boolean instanceDead = claim.instanceId() != null && !claim.instanceId().equals(instance.id())
                    && !instance.isAlive(claim.heartbeat(), now);
            claimed = (outlivedLease || instanceDead) && takeOver(key, claim, now, instanceDead);
        }
        if (claimed) {
            inFlight.put(key, now);
            claimedThisPoll.get().add(key);
        }
        return claimed;
    }

    private boolean claimNew(String key, LocalDateTime now) {
        try {
            // the claim is seen by every instance as soon as it is committed; lost in a crash of the database server,
            // it would be lost with the list's own transaction, which waits for the disk after it: the commit of the
            // claim alone need not wait for the disk
            return quickCommit.run(() -> jdbcTemplate.update("insert into " + TABLE + " (processorName, messageId, "
                    + "createdAt, instanceId) values (?, ?, ?, ?)", processorName, key, now, instance.id())) == 1;
        } catch (DuplicateKeyException e) {
            // another instance claimed it since it was looked at
            return false;
        }
    }

    /**
     * Takes over a dead or stale claim: the update counts the row only while the claim is still as it was read
     * (same time, same instance), so that of several instances trying at once, one takes it.
     */
    private boolean takeOver(String key, Held claim, LocalDateTime now, boolean instanceDead) {
        List<Object> args = new ArrayList<>(List.of(now, instance.id(), processorName, key));
        String sql = "update " + TABLE + " set createdAt = ?, instanceId = ? where processorName = ? and messageId = ?";
        if (claim.since() == null) {
            sql += " and createdAt is null";
        } else {
            sql += " and createdAt = ?";
            args.add(claim.since());
        }
        if (claim.instanceId() == null) {
            sql += " and instanceId is null";
        } else {
            sql += " and instanceId = ?";
            args.add(claim.instanceId());
        }
        boolean taken = jdbcTemplate.update(sql, args.toArray()) == 1;
        if (taken && instanceDead) {
            log.warn("The claim on upload {} taken at {} UTC by instance {}: that instance stopped (its last heartbeat "
                    + "{} UTC, older than {}, or it started again) before the upload left its folder; taken over",
                    Niss.maskWithin(key), claim.since(), claim.instanceId(), claim.heartbeat(), instance.deadAfter());
        } else if (taken) {
            log.warn("The claim on upload {} taken at {} UTC outlived its lease of {}: the instance that held it "
                    + "stopped before the upload left its folder; taken over", Niss.maskWithin(key), claim.since(),
                    lease);
        }
        return taken;
    }

    /**
     * Whether this instance is taking in the upload at the same path and of the same size under another key: the
     * same upload listed again because its date changed after it was claimed (a client that sets a file's date once it
     * has closed it, as rclone does), which the reader that claimed it first is taking in and will move away.
     * Claimed again, it was taken in a second time and answered as a duplicate of itself. This holds until the claim is
     * confirmed, which Camel does just before it moves the upload away; the readers' shared in-progress marks
     * ({@link UploadsBeingTaken}) hold until the upload has left its folder.
     */
    private boolean sameUploadInFlight(String key) {
        String pathAndSize = withoutDate(key);
        if (pathAndSize == null) {
            return false;
        }
        for (String other : inFlight.keySet()) {
            if (!other.equals(key) && pathAndSize.equals(withoutDate(other))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A claim's key without its date: {@code <path>-<size>} of {@code <path>-<size>-<modified>} (the intake's
     * {@code idempotentKey}, routes/intake.yaml); null for a key not of that form.
     */
    static String withoutDate(String key) {
        int date = key.lastIndexOf('-');
        int size = date > 0 ? key.lastIndexOf('-', date - 1) : -1;
        if (size <= 0 || !digits(key, size + 1, date) || !digits(key, date + 1, key.length())) {
            return null;
        }
        return key.substring(0, date);
    }

    private static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The upload was taken in (its exchange completed): the claim stays, no longer renewed. */
    @Override
    public boolean confirm(String key) {
        synchronized (writing) {
            inFlight.remove(key);
        }
        return true;
    }

    /**
     * Gives a claim back (the upload could not be taken, or failed, and is to be taken again at the next poll): a
     * claim this instance holds, as it last wrote it. A claim it does not hold (lost to another instance after its
     * lease ran out) is not its to give back: false.
     */
    @Override
    public boolean remove(String key) {
        givenBack.incrementAndGet();
        synchronized (writing) {
            LocalDateTime mine = inFlight.remove(key);
            return mine != null && jdbcTemplate.update("delete from " + TABLE + " where processorName = ? "
                    + "and messageId = ? and createdAt = ? and instanceId = ?", processorName, key, mine,
                    instance.id()) == 1;
        }
    }

    /**
     * Renews the claims of the uploads in flight; how many. A claim that is no longer as this instance wrote it
     * (taken over by another instance after the lease ran out, deleted) is left to its new holder.
     */
    int renewInFlight() {
        int renewed = 0;
        for (String key : List.copyOf(inFlight.keySet())) {
            synchronized (writing) {
                LocalDateTime mine = inFlight.get(key);
                if (mine == null) {
                    continue;
                }
                LocalDateTime now = now();
                if (jdbcTemplate.update("update " + TABLE + " set createdAt = ? where processorName = ? "
                        + "and messageId = ? and createdAt = ? and instanceId = ?", now, processorName, key, mine,
                        instance.id()) == 1) {
                    inFlight.put(key, now);
                    renewed++;
                } else {
                    inFlight.remove(key);
                    log.warn("The claim on upload {} was lost before it could be renewed (its lease of {} ran out, or "
                            + "this instance was judged dead, and another instance took it over): the other instance "
                            + "answers it too, from the ledger", Niss.maskWithin(key), lease);
                }
            }
        }
        return renewed;
    }

    /** Deletes the claims older than {@code retention} (uploads long done); how many. */
    int evictOlderThan(Duration retention) {
        return jdbcTemplate.update("delete from " + TABLE + " where processorName = ? and createdAt < ?",
                processorName, now().minus(retention));
    }

    /**
     * How many times a claim was given back since the gateway started (whether or not it was still this instance's
     * to give back): two readings tell whether an upload failed, or was not taken, in between.
     */
    long givenBack() {
        return givenBack.get();
    }

    /** How many claims this instance holds on uploads in flight. */
    int inFlight() {
        return inFlight.size();
    }

    /** The keys of the claims this instance holds on uploads in flight. */
    java.util.Set<String> inFlightKeys() {
        return java.util.Set.copyOf(inFlight.keySet());
    }

    @Override
    protected int insert(String key) {
        return jdbcTemplate.update("insert into " + TABLE + " (processorName, messageId, createdAt, instanceId) "
                + "values (?, ?, ?, ?)", processorName, key, now(), instance.id());
    }

    /** A poll starts on this thread: what earlier polls claimed is theirs for good. */
    void pollStarted() {
        claimedThisPoll.get().clear();
    }

    /** The poll of this thread failed before it took anything: gives back every claim it took; how many. */
    int releaseClaimsOfFailedPoll() {
        List<String> keys = claimedThisPoll.get();
        keys.forEach(this::remove);
        int released = keys.size();
        keys.clear();
        return released;
    }

    /** Now, in UTC, to the millisecond: what both databases store exactly, so that a claim can be compared. */
    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
