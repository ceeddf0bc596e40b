package com.execassistant.desktop.workspace;

import com.execassistant.core.account.Account;
import com.execassistant.core.calendar.CalendarSource;
import com.execassistant.core.classify.MeetingClassifier;
import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.desktop.store.AccountRepository;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcMeetingStore;
import com.execassistant.desktop.store.SyncRunRepository;
import com.execassistant.desktop.store.TypeOverrideRepository;
import com.execassistant.desktop.sync.CalendarSources;
import java.time.Clock;

/**
 * The local runtime, wired by hand in one place: workspace, configuration, database, repositories,
 * calendar sources and the monitor.
 */
public final class LocalRuntime implements AutoCloseable {

    private final Workspace workspace;
    private final Configuration config;
    private final Database db;
    private final JdbcMeetingStore meetings;
    private final AccountRepository accounts;
    private final SyncRunRepository runs;
    private final CalendarSources sources;
    private final Clock clock;
    private final Object calendarWrites = new Object();
    private final TypeOverrideRepository typeOverrides;

    private LocalRuntime(Workspace workspace, Configuration config, Database db, Clock clock) {
        this.workspace = workspace;
        this.config = config;
        this.db = db;
        this.clock = clock;
        this.meetings = new JdbcMeetingStore(db);
        this.accounts = new AccountRepository(db);
        this.runs = new SyncRunRepository(db);
        this.sources = new CalendarSources(workspace, config.calendar());
        this.typeOverrides = new TypeOverrideRepository(db);
    }

    /** Loads the configuration first, so a bad file stops everything before any data is touched. */
    public static LocalRuntime open(Workspace workspace) {
        return open(workspace, Clock.systemUTC());
    }

    public static LocalRuntime open(Workspace workspace, Clock clock) {
        Configuration config = ConfigLoader.forWorkspace(workspace.root()).load();
        return new LocalRuntime(workspace, config, Database.open(workspace.databaseFile()), clock);
    }

    /**
     * Runs {@code change} alone among the calendar's writers in this process (a sync, a type
     * change): each works out a meeting's next revision from what it read, so two at once could
     * both write the same revision and one prep event would be dropped.
     */
    public <T> T writingCalendar(java.util.function.Supplier<T> change) {
        synchronized (calendarWrites) {
            return change.get();
        }
    }

    public CalendarMonitor monitor() {
        return new CalendarMonitor(
                meetings,
                new MeetingClassifier(config.meetingTypes()),
                this::sourceFor,
                clock,
                config.calendar().sync().daysBehind(),
                config.calendar().sync().daysAhead(),
                typeOverrides);
    }

    /** The user's meeting type choices, which every sync applies. */
    public TypeOverrideRepository typeOverrides() {
        return typeOverrides;
    }

    private CalendarSource sourceFor(Account account) {
        return sources.sourceFor(account);
    }

    /** The Database, for runtimes built on this workspace (the prep engine). */
    public Database database() {
        return db;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Configuration config() {
        return config;
    }

    public JdbcMeetingStore meetings() {
        return meetings;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public SyncRunRepository runs() {
        return runs;
    }

    public CalendarSources sources() {
        return sources;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        db.close();
    }
}
