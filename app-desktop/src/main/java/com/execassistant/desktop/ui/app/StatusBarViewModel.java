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

    /** The last stored sync, as "Synced 3 min ago", or how to get one. */
    void lastSync(Optional<SyncRunRepository.StoredRun> last, Instant now) {
        syncText.set(
                last.map(r -> "Synced " + ago(r.run().finishedAt(), now))
                        .orElse("Not synced yet - connect a calendar, then Sync now."));
    }

    /** The outcome of a sync the user started: figures, or the accounts that failed. */
    void synced(SyncRun run, Instant now) {
        syncText.set("Synced " + ago(run.finishedAt(), now) + " - " + run.fetched() + " fetched");
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

    static String ago(Instant then, Instant now) {
        long min = Math.max(0, Duration.between(then, now).toMinutes());
        if (min < 1) {
            return "just now";
        }
        return min < 60 ? min + " min ago" : (min / 60) + " h " + (min % 60) + " min ago";
    }
}
