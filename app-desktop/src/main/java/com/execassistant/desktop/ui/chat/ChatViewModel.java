package com.execassistant.desktop.ui.chat;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.chat.ChatSession;
import com.execassistant.core.materials.PrepAnswer;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The prep Q&A in a chat layout. It shares the run's session with Slack and the terminal, so it
 * always redraws from the stored session rather than from what was typed here; a half-typed answer
 * is kept per run, so switching meetings loses no text.
 */
public final class ChatViewModel {

    private final DesktopBackend backend;
    private final UiExecutor ui;
    private final StatusBarViewModel status;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final StringProperty answer = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAnswer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final Map<String, String> drafts = new HashMap<>();
    private String runId;

    public ChatViewModel(DesktopBackend backend, UiExecutor ui, StatusBarViewModel status) {
        this.backend = backend;
        this.ui = ui;
        this.status = status;
    }

    /** Shows the Q&A of {@code run} (null: the meeting has no prep yet). */
    public void follow(PrepRun run) {
        String next = run == null ? null : run.runId();
        if (!java.util.Objects.equals(next, runId)) {
            if (runId != null) {
                drafts.put(runId, answer.get());
            }
            runId = next;
            answer.set(next == null ? "" : drafts.getOrDefault(next, ""));
        }
        reload();
    }

    /** Reads the session again: another channel (Slack, the terminal) may have moved it on. */
    public void refresh() {
        reload();
    }

    private void reload() {
        String id = runId;
        if (id == null) {
            show(Optional.empty());
            return;
        }
        ui.submit(
                () -> backend.chat(id),
                s -> {
                    if (id.equals(runId)) {
                        show(s);
                    }
                },
                e -> status.error(Failures.sentence("The prep chat could not be loaded", e), e));
    }

    private void show(Optional<ChatSession> session) {
        if (session.isEmpty()) {
            lines.setAll(
                    new ChatLine(
                            ChatLine.Who.ASSISTANT,
                            runId == null
                                    ? "No prep has started for this meeting. Press Prep now to"
                                            + " start it."
                                    : "The questions will appear here once the context is"
                                            + " gathered."));
            progress.set("");
            canAnswer.set(false);
            return;
        }
        ChatSession s = session.get();
        List<ChatLine> out = new ArrayList<>();
        for (PrepAnswer a : s.answers()) {
            out.add(new ChatLine(ChatLine.Who.ASSISTANT, a.question()));
            out.add(new ChatLine(ChatLine.Who.YOU, a.skipped() ? "(skipped)" : a.answer()));
        }
        out.add(new ChatLine(ChatLine.Who.ASSISTANT, ChatService.prompt(s)));
        lines.setAll(out);
        boolean open = s.currentQuestion() != null;
        canAnswer.set(open);
        progress.set(
                open
                        ? "Question " + s.currentNumber() + " of " + s.questions().size()
                        : s.answers().size() + " of " + s.questions().size() + " answered");
    }

    /** Sends what is in the answer box; an empty box does nothing. */
    public void send() {
        String text = answer.get() == null ? "" : answer.get().trim();
        if (!text.isEmpty()) {
            post(text, true);
        }
    }

    /** Skips the current question. */
    public void skip() {
        post("skip", false);
    }

    /** Stops the Q&A; the materials are made from what was answered. */
    public void done() {
        post("done", false);
    }

    private void post(String text, boolean clearBox) {
        String id = runId;
        if (id == null || !canAnswer.get() || sending.get()) {
            return;
        }
        sending.set(true);
        ui.submit(
                () -> backend.answer(id, text),
                reply -> {
                    sending.set(false);
                    if (clearBox && id.equals(runId)) {
                        answer.set("");
                    }
                    drafts.remove(id);
                    reload();
                },
                e -> {
                    sending.set(false);
                    status.error(Failures.sentence("Your answer was not taken", e), e);
                });
    }

    public ObservableList<ChatLine> lines() {
        return lines;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAnswerProperty() {
        return canAnswer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }
}
