package com.execassistant.desktop.ui.app;

import com.execassistant.core.account.Account;
import com.execassistant.core.chat.ChatReply;
import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.materials.Materials;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.SyncRun;
import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.PrepSnoozer;
import com.execassistant.core.prep.Snooze;
import com.execassistant.desktop.meeting.TypeChoices;
import com.execassistant.desktop.prep.AppEngine;
import com.execassistant.desktop.prep.FileMaterialsStore;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.prep.StandaloneTrayDisplay;
import com.execassistant.desktop.prep.TrayDisplay;
import com.execassistant.desktop.prep.config.PrepConfig;
import com.execassistant.desktop.store.SyncRunRepository;
import com.execassistant.desktop.workspace.LocalRuntime;
import com.execassistant.desktop.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the screens may ask of the local runtime and the embedded prep engine, in one place. Every
 * method does I/O, so ViewModels call it only inside {@link UiExecutor#submit}.
 */
public final class DesktopBackend implements AutoCloseable {

    private final LocalRuntime local;
    private final PrepRuntime prep;
    private final ZoneId zone;
    private final PrepConfig prepConfig;
    private final TypeChoices typeChoices;

    private final AppEngine engine;

    private DesktopBackend(
            LocalRuntime local, PrepRuntime prep, PrepWiring wiring, SlackWeb slack) {
        this.local = local;
        this.prep = prep;
        this.zone = wiring.zone();
        this.prepConfig = wiring.config();
        this.engine = new AppEngine(prep, slack, wiring.retention());
        this.typeChoices = new TypeChoices(local, prep::applyEvents);
    }

    /** Opens the workspace and starts the prep engine, wired as the CLI's {@code run} does. */
    public static DesktopBackend open(Path workspace, Clock clock) {
        return open(workspace, clock, new StandaloneTrayDisplay());
    }

    /** As {@link #open(Path, Clock)}, with tray messages shown on the app's tray icon. */
    public static DesktopBackend open(Path workspace, Clock clock, TrayDisplay tray) {
        DesktopBackend b = openStopped(workspace, clock, tray);
        try {
            b.startEngine();
        } catch (RuntimeException e) {
            b.close();
            throw e;
        }
        return b;
    }

    /**
     * Opens the workspace with the prep engine wired but not started, so the window can show the
     * stored meetings first; {@link #startEngine()} starts it.
     */
    public static DesktopBackend openStopped(Path workspace, Clock clock) {
        return openStopped(workspace, clock, new StandaloneTrayDisplay());
    }

    /** As {@link #openStopped(Path, Clock)}, with tray messages shown on the app's tray icon. */
    public static DesktopBackend openStopped(Path workspace, Clock clock, TrayDisplay tray) {
        LocalRuntime local = LocalRuntime.open(Workspace.open(workspace), clock);
        try {
            PrepWiring wiring = PrepWiring.of(local);
            SlackWeb slack = wiring.slack().map(SlackWeb::new).orElse(null);
            PrepRuntime prep = wiring.open(local, slack, Duration.ofMillis(250), tray);
            return new DesktopBackend(local, prep, wiring, slack);
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
    }

    /**
     * Starts the prep engine, Slack's listener and the materials clean-up ({@link AppEngine}); only
     * the first successful call does anything.
     *
     * @return whether this call started the engine
     */
    public boolean startEngine() {
        try {
            typeChoices.finishInterrupted();
        } catch (RuntimeException e) {
            // The type changes are finished at a later start; the engine must start regardless.
            org.slf4j.LoggerFactory.getLogger(DesktopBackend.class)
                    .warn("Interrupted type changes could not be finished: {}", e.getMessage());
        }
        return engine.start();
    }

    public LocalRuntime local() {
        return local;
    }

    /** prep.yaml as loaded at start (working hours, channels, writer). */
    public PrepConfig prepConfig() {
        return prepConfig;
    }

    /** What the Settings page reads and changes (prep.yaml, secrets, accounts). */
    public com.execassistant.desktop.settings.SettingsService settings() {
        return new com.execassistant.desktop.settings.SettingsService(local);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return local.clock().instant();
    }

    public List<MeetingRecord> meetings(Instant from, Instant to) {
        return local.meetings().meetingsBetween(from, to);
    }

    public Optional<MeetingRecord> meeting(String meetingId) {
        return local.meetings().find(meetingId);
    }

    /**
     * The newest run of each meeting that has one. One query for the lot: asking per meeting would
     * cost a round trip per timeline row.
     */
    public Map<String, PrepRun> latestRuns() {
        Map<String, PrepRun> out = new HashMap<>();
        for (PrepRun r : prep.runs().recent(20_000)) {
            out.merge(r.meetingId(), r, (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        return out;
    }

    /** One run by its id (a tray message names its run, not its meeting). */
    public Optional<PrepRun> run(String runId) {
        return prep.runs().find(runId);
    }

    public Optional<PrepRun> latestRun(String meetingId) {
        return prep.runs().forMeeting(meetingId).stream().findFirst();
    }

    /** Every run of a meeting, newest revision first. */
    public List<PrepRun> runsOf(String meetingId) {
        return prep.runs().forMeeting(meetingId);
    }

    public Optional<ChatSession> chat(String runId) {
        return prep.chat().find(runId);
    }

    public ChatReply answer(String runId, String text) {
        return prep.chat().answer(runId, null, text);
    }

    public PrepRun prepNow(String meetingId) {
        return prep.coordinator().startNow(meetingId);
    }

    public void skip(PrepRun run) {
        prep.coordinator().skip(run);
    }

    public PrepRun retry(String runId) {
        return prep.coordinator().retry(runId);
    }

    /** Undoes a skip made moments ago: the run resumes where it was. */
    public PrepRun unskip(PrepRun before) {
        return prep.coordinator().unskip(before);
    }

    /** Snoozes the meeting's prep questions for the configured interval. */
    public PrepSnoozer.Outcome snooze(String meetingId) {
        return prep.snoozer().snoozeMeeting(meetingId, null);
    }

    /** The nudge a snooze still owes for the run, if any. */
    public Optional<Snooze> pendingSnooze(String runId) {
        return prep.snoozer().pending(runId);
    }

    /** The user's meeting type choices: the configured types, what is chosen, choose, undo. */
    public TypeChoices typeChoices() {
        return typeChoices;
    }

    /** The published files of a run, by file name; empty until the materials are stored. */
    public Map<String, String> materials(PrepRun run) {
        if (run.materialsLocation() == null) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (String name : FileMaterialsStore.FILES) {
            Path p = Path.of(run.materialsLocation(), name);
            try {
                if (Files.isRegularFile(p)) {
                    out.put(name, Files.readString(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * The materials as the writer made them (with when and how long it took), kept beside the
     * published files; empty when they are gone.
     */
    public Optional<Materials> generatedMaterials(PrepRun run) {
        return prep.materials().staged(run.runId());
    }

    /**
     * One sync of every account, then the prep engine takes the resulting calendar events. With no
     * account there is nothing to sync and nothing is recorded, so "last synced" stays honest.
     */
    public SyncRun sync() {
        return local.writingCalendar(
                () -> {
                    List<Account> accounts = local.accounts().all();
                    Instant now = now();
                    SyncRun run =
                            accounts.isEmpty()
                                    ? new SyncRun(now, now, 0, 0, 0, 0, 0, 0, List.of(), List.of())
                                    : local.monitor().runOnce(accounts);
                    prep.applyEvents();
                    return run;
                });
    }

    public Optional<SyncRunRepository.StoredRun> lastSync() {
        return local.runs().recent(1).stream().findFirst();
    }

    @Override
    public void close() {
        engine.close();
        local.close();
    }
}
