package com.execassistant.desktop.ui.tray;

import static com.execassistant.desktop.ui.tray.RecordingTray.prepStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrayViewModelTest {

    private static final Instant NOW = Instant.parse("2025-11-24T09:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(3));

    @TempDir Path dir;
    private final RecordingTray app = new RecordingTray();
    private TrayViewModel vm;

    @BeforeEach
    void attachIcon() {
        vm = newViewModel();
        vm.attach(app);
    }

    private TrayViewModel newViewModel() {
        return new TrayViewModel(app, new HeldMessages(dir), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void openInTheMenuShowsTheWindow() {
        vm.open();

        assertThat(app.actions).containsExactly("show window");
    }

    @Test
    void syncNowInTheMenuSyncsTheCalendars() {
        vm.syncNow();

        assertThat(app.actions).containsExactly("sync now");
    }

    @Test
    void quitInTheMenuQuitsTheApp() {
        vm.quit();

        assertThat(app.actions).containsExactly("quit");
    }

    @Test
    void aPrepMessageShowsOnTheIcon() {
        String ref = vm.show(prepStart("run-1", "Q4 QBR", LATER));

        assertThat(ref).isEqualTo("tray");
        assertThat(app.titles()).containsExactly("Prep for Q4 QBR starts now");
        assertThat(app.balloons.get(0).text()).isEqualTo("Q4 QBR");
    }

    @Test
    void clickingAPrepMessageOpensItsMeeting() {
        vm.show(prepStart("run-1", "Q4 QBR", LATER));

        vm.activated();

        assertThat(app.actions).containsExactly("open run run-1");
    }

    @Test
    void clickingTheIconWithNoNewMessageShowsTheWindow() {
        vm.show(prepStart("run-1", "Q4 QBR", LATER));
        vm.activated();

        vm.activated();

        assertThat(app.actions).containsExactly("open run run-1", "show window");
    }

    @Test
    void whilePausedAMessageIsHeldInsteadOfShown() {
        vm.setPaused(true);

        String ref = vm.show(prepStart("run-1", "Q4 QBR", LATER));

        assertThat(ref).isEqualTo("tray-held");
        assertThat(app.balloons).isEmpty();
        assertThat(new HeldMessages(dir).all())
                .extracting(TrayMessage::runId)
                .containsExactly("run-1");
    }

    @Test
    void resumingShowsTheHeldMessagesOldestFirstAndOnlyOnce() {
        vm.setPaused(true);
        vm.show(prepStart("run-1", "Q4 QBR", LATER));
        vm.show(prepStart("run-2", "1:1 Dana / Lee", LATER));

        vm.setPaused(false);
        vm.setPaused(true);
        vm.setPaused(false);

        assertThat(app.titles())
                .containsExactly(
                        "Prep for Q4 QBR starts now", "Prep for 1:1 Dana / Lee starts now");
        assertThat(new HeldMessages(dir).all()).isEmpty();
    }

    @Test
    void afterResumingAClickOpensTheNewestHeldMeeting() {
        vm.setPaused(true);
        vm.show(prepStart("run-1", "Q4 QBR", LATER));
        vm.show(prepStart("run-2", "1:1 Dana / Lee", LATER));
        vm.setPaused(false);

        vm.activated();

        assertThat(app.actions).containsExactly("open run run-2");
    }

    @Test
    void messagesHeldWhenTheAppQuitShowAtTheNextStart() {
        vm.setPaused(true);
        vm.show(prepStart("run-1", "Q4 QBR", LATER));
        vm.detach();

        RecordingTray nextIcon = new RecordingTray();
        new TrayViewModel(nextIcon, new HeldMessages(dir), Clock.fixed(NOW, ZoneOffset.UTC))
                .attach(nextIcon);

        assertThat(nextIcon.titles()).containsExactly("Prep for Q4 QBR starts now");
    }

    @Test
    void aHeldMessageWhoseMeetingHasBegunIsDropped() {
        vm.setPaused(true);
        vm.show(prepStart("run-1", "Stand-up", NOW.minus(Duration.ofMinutes(5))));
        vm.show(prepStart("run-2", "Q4 QBR", LATER));

        vm.setPaused(false);

        assertThat(app.titles()).containsExactly("Prep for Q4 QBR starts now");
    }

    @Test
    void aHeldMessageCountsAsSentSoACrashedSendIsNotHeldTwice() {
        vm.setPaused(true);
        vm.show(prepStart("run-1", "Q4 QBR", LATER));

        assertThat(vm.findSent(prepStart("run-1", "Q4 QBR", LATER))).hasValue("tray-held");
        assertThat(vm.findSent(prepStart("run-2", "Q4 QBR", LATER))).isEmpty();
    }

    @Test
    void theTooltipAndMenuSayNotificationsArePausedAndHowManyAreHeld() {
        vm.setPaused(true);
        vm.show(prepStart("run-1", "Q4 QBR", LATER));
        vm.show(prepStart("run-2", "1:1 Dana / Lee", LATER));

        assertThat(app.tooltip)
                .isEqualTo("Exec Assistant - notifications paused (2 messages held)");
        assertThat(app.pausedShown).isTrue();
    }

    @Test
    void withATrayIconClosingTheWindowKeepsTheAppRunningAndSaysSoOnce() {
        assertThat(vm.closingWindowQuits()).isFalse();

        vm.windowClosed();
        vm.windowClosed();

        assertThat(app.titles()).containsExactly("Exec Assistant is still running");
    }

    @Test
    void withoutATrayIconClosingTheWindowQuits() {
        TrayViewModel noIcon = newViewModel();

        assertThat(noIcon.closingWindowQuits()).isTrue();
        assertThat(noIcon.available()).isFalse();
    }

    @Test
    void onceTheIconIsGoneAMessageIsRefusedSoTheNextChannelTakesIt() {
        vm.detach();

        assertThat(vm.available()).isFalse();
        assertThatThrownBy(() -> vm.show(prepStart("run-1", "Q4 QBR", LATER)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDamagedHeldFileIsSetAsideAndTheTrayKeepsWorking() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(HeldMessages.FILE), "{not json");
        vm.setPaused(true);

        String ref = vm.show(prepStart("run-1", "Q4 QBR", LATER));
        vm.setPaused(false);

        assertThat(ref).isEqualTo("tray-held");
        assertThat(app.titles()).containsExactly("Prep for Q4 QBR starts now");
        assertThat(dir.resolve(HeldMessages.FILE + ".unreadable")).hasContent("{not json");
    }
}
