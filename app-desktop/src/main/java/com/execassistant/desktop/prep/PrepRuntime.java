package com.execassistant.desktop.prep;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.config.Configuration;
import com.execassistant.core.context.ContextGatherer;
import com.execassistant.core.context.ContextSource;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.notify.NotificationDispatcher;
import com.execassistant.core.notify.Notifier;
import com.execassistant.core.prep.ChatReplies;
import com.execassistant.core.prep.PrepCoordinator;
import com.execassistant.core.prep.PrepPorts;
import com.execassistant.core.prep.PrepSettings;
import com.execassistant.core.prep.PrepSnoozer;
import com.execassistant.core.prep.PrepUserActions;
import com.execassistant.core.prep.PrepWorkflow;
import com.execassistant.desktop.store.Database;
import com.execassistant.desktop.store.JdbcChatSessions;
import com.execassistant.desktop.store.JdbcMeetingStore;
import com.execassistant.desktop.store.JdbcNotificationLog;
import com.execassistant.desktop.store.JdbcPrepRunStore;
import com.execassistant.desktop.store.JdbcSnoozeStore;
import com.execassistant.desktop.store.PrepEventRepository;
import com.execassistant.desktop.store.SchedulerTable;
import com.execassistant.desktop.store.SkipRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The embedded prep engine, wired by hand: stores on the workspace database, the workflow over
 * them, the coordinator that feeds it calendar events, and db-scheduler driving it all.
 */
public final class PrepRuntime implements AutoCloseable {

    /** What differs between the app, the CLI, tests and benchmarks. */
    public record Options(
            PrepSettings settings,
            Supplier<List<Notifier>> channels,
            MaterialsWriter writer,
            Collection<? extends ContextSource> contextSources,
            Duration contextLimit,
            Path materialsRoot,
            Duration pollingInterval,
            int threads,
            java.util.function.UnaryOperator<com.execassistant.core.prep.PrepRunStore> engineStore,
            Duration snooze) {

        /** How long a snooze lasts when the user does not say. */
        public static final Duration DEFAULT_SNOOZE = Duration.ofHours(1);

        /** The options with the default snooze. */
        public Options(
                PrepSettings settings,
                Supplier<List<Notifier>> channels,
                MaterialsWriter writer,
                Collection<? extends ContextSource> contextSources,
                Duration contextLimit,
                Path materialsRoot,
                Duration pollingInterval,
                int threads,
                java.util.function.UnaryOperator<com.execassistant.core.prep.PrepRunStore>
                        engineStore) {
            this(
                    settings,
                    channels,
                    writer,
                    contextSources,
                    contextLimit,
                    materialsRoot,
                    pollingInterval,
                    threads,
                    engineStore,
                    DEFAULT_SNOOZE);
        }

        /** The same options with the engine's view of the run store wrapped (crash tests). */
        public Options withEngineStore(
                java.util.function.UnaryOperator<com.execassistant.core.prep.PrepRunStore> wrap) {
            return new Options(
                    settings,
                    channels,
                    writer,
                    contextSources,
                    contextLimit,
                    materialsRoot,
                    pollingInterval,
                    threads,
                    wrap,
                    snooze);
        }

        /** The same options with another default snooze. */
        public Options withSnooze(Duration d) {
            return new Options(
                    settings,
                    channels,
                    writer,
                    contextSources,
                    contextLimit,
                    materialsRoot,
                    pollingInterval,
                    threads,
                    engineStore,
                    d);
        }
    }

    private final JdbcPrepRunStore runs;
    private final JdbcNotificationLog log;
    private final PrepEventRepository events;
    private final ChatService chat;
    private final LocalPrepEngine engine;
    private final PrepCoordinator coordinator;
    private final FileMaterialsStore materials;
    private final PrepSnoozer snoozer;
    private final ExecutorService contextPool = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;
    private final Database db;

    public PrepRuntime(Database db, Configuration config, Clock clock, Options o) {
        this.clock = clock;
        this.db = db;
        JdbcMeetingStore meetings = new JdbcMeetingStore(db);
        SkipRepository skips = new SkipRepository(db);
        this.runs = new JdbcPrepRunStore(db);
        this.log = new JdbcNotificationLog(db);
        this.events = new PrepEventRepository(db);
        this.materials = new FileMaterialsStore(o.materialsRoot(), clock);
        this.engine =
                new LocalPrepEngine(
                        db.dataSource(),
                        o.engineStore().apply(runs),
                        clock,
                        o.pollingInterval(),
                        o.threads());
        NotificationDispatcher dispatcher = new NotificationDispatcher(o.channels(), log, clock);
        PrepCoordinator[] self = new PrepCoordinator[1];
        this.chat =
                new ChatService(
                        new JdbcChatSessions(db), clock, runId -> self[0].chatFinished(runId));
        this.coordinator =
                new PrepCoordinator(
                        runs,
                        meetings::find,
                        engine,
                        chat,
                        dispatcher,
                        o.settings().workingHours(),
                        m -> skips.isSkipped(m.id()) || skips.isSkipped(m.event().seriesId()),
                        clock);
        self[0] = coordinator;
        ContextGatherer gatherer =
                new ContextGatherer(o.contextSources(), contextPool, o.contextLimit());
        PrepPorts ports =
                new PrepPorts(meetings, gatherer, dispatcher, chat, o.writer(), materials);
        JdbcSnoozeStore snoozes = new JdbcSnoozeStore(db);
        this.snoozer =
                new PrepSnoozer(
                        runs,
                        meetings::find,
                        snoozes,
                        engine,
                        config.meetingTypes(),
                        o.settings().workingHours(),
                        o.snooze(),
                        clock);
        engine.bind(new PrepWorkflow(ports, config.meetingTypes(), o.settings(), clock, snoozes));
    }

    /** Snooze: one nudge after a while, durable like every other wake-up. */
    public PrepSnoozer snoozer() {
        return snoozer;
    }

    /** What Slack's buttons and replies do, Snooze included, answering through {@code replies}. */
    public PrepUserActions userActions(ChatReplies replies) {
        return new PrepUserActions(runs, chat, coordinator, replies, snoozer);
    }

    /** Starts the engine and applies calendar events that arrived while it was stopped. */
    public void start() {
        engine.start(
                () -> SchedulerTable.releaseAbandoned(db),
                new LocalPrepEngine.Queries(
                        (now, limit) -> SchedulerTable.dueRuns(db, now, limit),
                        () -> SchedulerTable.nextWake(db),
                        () -> SchedulerTable.runsToLookAtOnStart(db)));
        applyEvents();
    }

    /** Applies the persisted calendar events to runs; safe to repeat after a crash. */
    public synchronized int applyEvents() {
        int n = 0;
        for (PrepEventRepository.Stored s : events.unconsumed()) {
            coordinator.onEvent(s.event());
            events.consumed(s.seq(), clock.instant());
            n++;
        }
        return n;
    }

    public PrepCoordinator coordinator() {
        return coordinator;
    }

    public ChatService chat() {
        return chat;
    }

    public JdbcPrepRunStore runs() {
        return runs;
    }

    public JdbcNotificationLog notifications() {
        return log;
    }

    public FileMaterialsStore materials() {
        return materials;
    }

    @Override
    public void close() {
        engine.close();
        contextPool.shutdownNow();
    }
}
