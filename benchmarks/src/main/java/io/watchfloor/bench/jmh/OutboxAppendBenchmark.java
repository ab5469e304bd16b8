package io.watchfloor.bench.jmh;

import io.watchfloor.bench.load.ActionMix;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure g, outbox append: {@code LocalDatabase.outbox().append(action, now)} of realistic operator actions (a
 * rotating mix of acknowledgements, work notes, silences and assignments on the demo simulator's alerts and
 * incidents, made as the console makes them), each committed and written to the file before it returns (ADR 0007:
 * commit + {@code CHECKPOINT}). The baseline, {@link #plainInsert}, is the same {@code INSERT} of the same rows into
 * the same table of the same database through plain JDBC, committed but not checkpointed: what the append costs
 * without being durable. The database lives in a fresh directory under {@link #dir}, deleted after the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OutboxAppendBenchmark {
    /** Action JSONs taken from real appends, reused by the plain inserts. */
    private static final int TEMPLATES = 400;
    private static final String INSERT = "INSERT INTO outbox (action_id, kind, target_source, target_id, action_json,"
            + " state, enqueued_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'QUEUED', ?, ?)";

    /** Where the trial's database directory is made. */
    @Param("target/bench/outbox-append")
    public String dir;

    private Path dataDir;
    private LocalDatabase db;
    private Connection plain;
    private PreparedStatement insert;
    private ActionMix mix;
    private final List<Row> rows = new ArrayList<>();
    private long next;

    /** One appended action as a row of the outbox table. */
    private record Row(String kind, String source, String target, String json) {
    }

    @Setup(Level.Trial)
    public void open() throws IOException, InterruptedException, StoreException, SQLException {
        Capture demo = Capture.of(LoadProfile.standardSimulator(Clock.systemUTC()));
        List<Incident> incidents = demo.events().stream().filter(e -> e instanceof SourceEvent.IncidentsObserved)
                .flatMap(e -> ((SourceEvent.IncidentsObserved) e).incidents().stream()).toList();
        mix = ActionMix.onOpenTargets(Clock.systemUTC(), demo.alerts(), incidents);
        Files.createDirectories(Path.of(dir));
        dataDir = Files.createTempDirectory(Path.of(dir).toAbsolutePath(), "db-");
        db = LocalDatabase.open(dataDir);
        // The same database, as LocalDatabase opens it, on a connection of our own.
        plain = DriverManager.getConnection("jdbc:h2:file:" + db.dataDir().resolve("watchfloor")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=500;LOCK_TIMEOUT=10000");
        plain.setAutoCommit(true);
        insert = plain.prepareStatement(INSERT);
        for (int i = 0; i < TEMPLATES; i++) {
            OutboxEntry e = db.outbox().append(mix.rotating(next++), Clock.systemUTC().instant());
            rows.add(new Row(e.action().kind().verb(), e.action().target().source().value(), e.action().target().id(),
                    json(e.actionId())));
        }
    }

    private String json(String actionId) throws SQLException {
        try (PreparedStatement ps = plain.prepareStatement("SELECT action_json FROM outbox WHERE action_id = ?")) {
            ps.setString(1, actionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("appended action " + actionId + " is not in the outbox");
                }
                return rs.getString(1);
            }
        }
    }

    /** The figure: one durable append of a new action. */
    @Benchmark
    public OutboxEntry durableAppend() throws StoreException {
        OperatorAction action = mix.rotating(next++);
        return db.outbox().append(action, action.takenAt());
    }

    /** The baseline: the same row inserted and committed, without the checkpoint that makes it durable. */
    @Benchmark
    public int plainInsert() throws SQLException {
        Row r = rows.get((int) (next++ % rows.size()));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, r.kind());
        insert.setString(3, r.source());
        insert.setString(4, r.target());
        insert.setString(5, r.json());
        insert.setObject(6, now);
        insert.setObject(7, now);
        return insert.executeUpdate();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        insert.close();
        plain.close();
        db.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
