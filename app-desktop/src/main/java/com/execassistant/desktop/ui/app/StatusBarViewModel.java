package com.execassistant.desktop.ui.app;

import com.execassistant.core.monitor.SyncRun;
import com.execassistant.desktop.store.SyncRunRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar: when the calendars were last synced, whether a sync is running, and the latest
 * problem as one plain sentence with its detail kept one click away.
 */
public final class StatusBarViewModel {

    private final ReadOnlyStringWrapper syncText = new ReadOnlyStringWrapper("Not synced yet");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(false);

    public ReadOnlyStringProperty syncTextProperty() {
        return syncText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorDetailProperty() {
        return errorDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    void syncing(boolean running) {
        syncing.set(running);
    }

    void demo(boolean isDemo) {
        demo.set(isDemo);
    }

    /** Shows a problem: {@code sentence} for everyone, {@code detail} for whoever asks. */
    public void error(String sentence, Throwable detail) {
        error.set(sentence);
        errorDetail.set(detail == null ? "" : String.valueOf(detail.getMessage()));
    }

    public void clearError() {
        error.set("");
        errorDetail.set("");
    }

    /** The last stored sync, as "Synced 3 min ago - next in 57 min", or how to get one. */
    void lastSync(Optional<SyncRunRepository.StoredRun> last, Instant next, Instant now) {
        syncText.set(
                last.map(r -> "Synced " + ago(r.run().finishedAt(), now) + nextIn(next, now))
                        .orElse("Not synced yet - connect a calendar, then Sync now."));
    }

    /** The outcome of a sync: figures, or the accounts that failed, in plain sentences. */
    void synced(SyncRun run, Instant next, Instant now) {
        syncText.set(
                "Synced "
                        + ago(run.finishedAt(), now)
                        + " - "
                        + run.fetched()
                        + " fetched"
                        + nextIn(next, now));
        if (run.accounts() == 0) {
            error("No calendar is connected yet. Add one in Settings, then Sync now.", null);
        } else if (!run.errors().isEmpty()) {
            error(
                    run.errors().size() == 1
                            ? "One calendar could not be synced: " + run.errors().get(0)
                            : run.errors().size() + " calendars could not be synced.",
                    new IllegalStateException(String.join("\n", run.errors())));
        } else {
            clearError();
        }
    }

    private static String nextIn(Instant next, Instant now) {
        if (next == null) {
            return "";
        }
        long min = Math.max(0, Duration.between(now, next).toMinutes());
        return min < 1 ? " - next sync now" : " - next in " + span(min);
    }

    private static String span(long min) {
        return min < 60 ? min + " min" : (min / 60) + " h " + (min % 60) + " min";
    }

    static String ago(Instant then, Instant now) {
        long min = Math.max(0, Duration.between(then, now).toMinutes());
        if (min < 1) {
            return "just now";
        }
        return span(min) + " ago";
    }
}
