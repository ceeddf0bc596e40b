package com.execassistant.desktop.ui.app;

import com.execassistant.core.account.Account;
import com.execassistant.desktop.store.SyncRunRepository;
import com.execassistant.desktop.ui.chat.ChatViewModel;
import com.execassistant.desktop.ui.detail.MeetingDetailViewModel;
import com.execassistant.desktop.ui.materials.MaterialsViewModel;
import com.execassistant.desktop.ui.settings.SettingsViewModel;
import com.execassistant.desktop.ui.settings.SystemOpener;
import com.execassistant.desktop.ui.timeline.TimelineRow;
import com.execassistant.desktop.ui.timeline.TimelineViewModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The main window's state: which meeting is open, whether settings show, the theme, and the
 * app-wide actions (first-run check, sync). It wires the feature ViewModels to each other: the chat
 * and materials panes follow the open meeting's newest run.
 */
public final class MainViewModel {

    private final DesktopBackend backend;
    private final UiExecutor ui;
    private final FirstRun firstRun;
    private final StatusBarViewModel status = new StatusBarViewModel();
    private final TimelineViewModel timeline;
    private final MeetingDetailViewModel detail;
    private final ChatViewModel chat;
    private final MaterialsViewModel materials;
    private final SettingsViewModel settings;
    private final BooleanProperty settingsShown = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty meetingOpen = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyStringWrapper openedMeeting =
            new javafx.beans.property.ReadOnlyStringWrapper();
    private final Duration syncEvery;

    /** When the calendars sync next on their own; null while no account is connected. */
    private Instant nextSync;

    public MainViewModel(DesktopBackend backend, UiExecutor ui, FirstRun firstRun) {
        this.backend = backend;
        this.ui = ui;
        this.firstRun = firstRun;
        this.syncEvery = backend.local().config().calendar().sync().interval();
        this.timeline = new TimelineViewModel(backend, ui, status);
        this.detail = new MeetingDetailViewModel(backend, ui, status);
        this.chat = new ChatViewModel(backend, ui, status);
        this.materials = new MaterialsViewModel(backend, ui, status);
        this.settings =
                new SettingsViewModel(
                        backend.settings(),
                        ui,
                        new SystemOpener(),
                        backend.zone(),
                        backend.local().config());
        settings.onAccountsChanged(
                () -> {
                    timeline.load();
                    loadLastSync();
                });
        settings.data().darkProperty().addListener((o, was, on) -> dark.set(on));
        settingsShown.addListener(
                (o, was, shown) -> {
                    if (shown) {
                        settings.load();
                    }
                });
        detail.runProperty()
                .addListener(
                        (o, was, run) -> {
                            chat.follow(run);
                            materials.follow(run);
                            if (was != null
                                    && run != null
                                    && was.runId().equals(run.runId())
                                    && (was.status() != run.status() || was.step() != run.step())) {
                                // The open meeting's prep moved on: its timeline row says so too.
                                timeline.load();
                            }
                        });
    }

    /** First run: an empty workspace gets the demo; then the timeline and last sync load. */
    public void start() {
        // The theme choice lives with the settings: read them once now, so "follow the system"
        // applies from the first window.
        settings.load();
        ui.submit(
                () -> {
                    boolean empty =
                            backend.local().accounts().all().isEmpty()
                                    && backend.meetings(
                                                    backend.now().minusSeconds(86_400),
                                                    backend.now().plusSeconds(86_400L * 30))
                                            .isEmpty();
                    if (empty) {
                        firstRun.createDemo(backend.local());
                    }
                    return firstRun.isDemo(backend.local());
                },
                isDemo -> {
                    status.demo(isDemo);
                    timeline.load(this::startEngine);
                    loadLastSync();
                },
                e -> {
                    status.error(Failures.sentence("The demo could not be set up", e), e);
                    timeline.load(this::startEngine);
                });
    }

    /**
     * The prep engine starts once the stored meetings are loaded, not to compete with them: it
     * takes the calendar changes stored meanwhile (the demo's, on first run), so the rows are
     * reloaded to show the prep states it set.
     */
    private void startEngine() {
        ui.submit(
                backend::startEngine,
                started -> {
                    if (started) {
                        timeline.load();
                    }
                },
                e -> status.error(Failures.sentence("The prep engine could not start", e), e));
    }

    private record SyncHistory(
            Optional<SyncRunRepository.StoredRun> last, List<Account> accounts) {}

    private void loadLastSync() {
        ui.submit(
                () -> new SyncHistory(backend.lastSync(), backend.local().accounts().all()),
                h -> {
                    Instant now = backend.now();
                    settings.showAccounts(h.accounts());
                    nextSync =
                            h.accounts().isEmpty()
                                    ? null
                                    : h.last()
                                            .map(r -> r.run().finishedAt().plus(syncEvery))
                                            .filter(t -> t.isAfter(now))
                                            .orElse(now);
                    status.lastSync(h.last(), nextSync, now);
                },
                e -> status.error(Failures.sentence("The sync history could not be read", e), e));
    }

    /**
     * Leaves the demo: its data is removed and the empty timeline says how to connect a calendar.
     */
    public void leaveDemo() {
        ui.submit(
                () -> {
                    firstRun.removeDemo(backend.local());
                    return firstRun.isDemo(backend.local());
                },
                stillDemo -> {
                    status.demo(stillDemo);
                    meetingOpen.set(false);
                    timeline.load();
                },
                e -> status.error(Failures.sentence("The demo data could not be removed", e), e));
    }

    /** Syncs every account now; a failure becomes one plain sentence in the status bar. */
    public void sync() {
        if (status.syncingProperty().get()) {
            return;
        }
        status.syncing(true);
        ui.submit(
                backend::sync,
                run -> {
                    status.syncing(false);
                    Instant now = backend.now();
                    nextSync = run.accounts() == 0 ? null : now.plus(syncEvery);
                    status.synced(run, nextSync, now);
                    timeline.load();
                    detail.refresh();
                },
                e -> {
                    status.syncing(false);
                    nextSync = backend.now().plus(syncEvery);
                    status.error(Failures.sentence("The calendars could not be synced", e), e);
                });
    }

    public void open(TimelineRow row) {
        settingsShown.set(false);
        meetingOpen.set(true);
        detail.open(row.meetingId());
    }

    /** Opens a meeting by its id, as picking it in the timeline does. */
    public void openMeeting(String meetingId) {
        openedMeeting.set(null); // opening the same meeting again still tells the timeline
        openedMeeting.set(meetingId);
        settingsShown.set(false);
        meetingOpen.set(true);
        detail.open(meetingId);
    }

    /** Opens the meeting a prep run belongs to: a tray message names its run, not its meeting. */
    public void openRun(String runId) {
        ui.submit(
                () -> backend.run(runId).map(com.execassistant.core.prep.PrepRun::meetingId),
                meetingId ->
                        meetingId.ifPresentOrElse(
                                this::openMeeting,
                                () ->
                                        status.error(
                                                "That prep is no longer in this workspace.", null)),
                e -> status.error(Failures.sentence("The meeting could not be opened", e), e));
    }

    /** Periodic refresh while the window is open: the engine moves runs on its own threads. */
    public void tick() {
        detail.refresh();
        chat.refresh();
        if (nextSync != null && !backend.now().isBefore(nextSync)) {
            sync();
        }
    }

    /** Reloads the timeline, e.g. after a prep finished, keeping what the user searched. */
    public void reloadTimeline() {
        timeline.load();
    }

    public StatusBarViewModel status() {
        return status;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public MeetingDetailViewModel detail() {
        return detail;
    }

    public ChatViewModel chat() {
        return chat;
    }

    public MaterialsViewModel materials() {
        return materials;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public BooleanProperty settingsShownProperty() {
        return settingsShown;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * The meeting last opened from outside the timeline (a tray message), so the timeline can
     * select it too.
     */
    public javafx.beans.property.ReadOnlyStringProperty openedMeetingProperty() {
        return openedMeeting.getReadOnlyProperty();
    }

    public BooleanProperty meetingOpenProperty() {
        return meetingOpen;
    }
}
