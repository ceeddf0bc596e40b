package com.execassistant.desktop.notify.sms;

import static com.execassistant.desktop.notify.sms.FakeSns.BERLIN;
import static com.execassistant.desktop.notify.sms.FakeSns.CLOCK;
import static com.execassistant.desktop.notify.sms.FakeSns.THURSDAY_TEN;
import static com.execassistant.desktop.notify.sms.FakeSns.notification;
import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SmsTextTest {

    private static final String LONG_TITLE =
            "Quarterly business review with ACME Corporation EMEA and APAC regional leadership,"
                    + " finance, procurement and the joint steering committee for the 2031 renewal";

    private final SmsText text = new SmsText(BERLIN, CLOCK);

    private static Notification at(Purpose purpose, Instant start, Notification.Action... actions) {
        Notification n = notification(purpose, "QBR with ACME");
        return new Notification(
                n.runId(),
                purpose,
                n.headline(),
                n.meetingTitle(),
                n.meetingType(),
                start,
                n.summary(),
                n.body(),
                List.of(actions),
                n.attachments());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    PREP_START        | Exec Assistant: prep for 'QBR with ACME' (Thu 10:00) is ready to start. Open the app or Slack to begin.
                    MATERIALS_READY   | Exec Assistant: materials for 'QBR with ACME' (Thu 10:00) are ready. Open the app or Slack to see them.
                    REMINDER          | Exec Assistant: 'QBR with ACME' starts Thu 10:00. Your prep materials are in the app.
                    MEETING_CANCELLED | Exec Assistant: 'QBR with ACME' (Thu 10:00) was cancelled. No prep needed.
                    """)
    void eachPurposeHasItsOwnShortText(Purpose purpose, String expected) {
        assertThat(text.render(at(purpose, THURSDAY_TEN))).isEqualTo(expected);
    }

    @Test
    void aReminderWithoutPrepOffersAQuickPrep() {
        assertThat(text.render(at(Purpose.REMINDER, THURSDAY_TEN, Notification.Action.QUICK_PREP)))
                .isEqualTo(
                        "Exec Assistant: 'QBR with ACME' starts Thu 10:00 and has no prep yet."
                                + " Open the app for a quick prep.");
    }

    @ParameterizedTest
    @EnumSource(Purpose.class)
    void aLongTitleIsShortenedToFitOneMessage(Purpose purpose) {
        String sms = text.render(notification(purpose, LONG_TITLE));

        assertThat(GsmText.isGsm(sms)).isTrue();
        assertThat(GsmText.length(sms)).isLessThanOrEqualTo(160);
        assertThat(sms).contains("'Quarterly business review with ACME").contains("...'");
    }

    @ParameterizedTest
    @EnumSource(Purpose.class)
    void aLongTitleStillLeavesTheTimeAndWhatToDo(Purpose purpose) {
        String sms = text.render(notification(purpose, LONG_TITLE));

        assertThat(sms).contains("Thu 10:00").endsWith(".");
    }

    @Test
    void theTimeIsWrittenInTheUsersZone() {
        SmsText inTokyo = new SmsText(ZoneId.of("Asia/Tokyo"), CLOCK);

        assertThat(inTokyo.render(at(Purpose.PREP_START, THURSDAY_TEN))).contains("(Thu 18:00)");
    }

    @Test
    void aMeetingAWeekOrMoreAwayAlsoHasItsDate() {
        Instant later = THURSDAY_TEN.plus(Duration.ofDays(7));

        assertThat(text.render(at(Purpose.MEETING_CANCELLED, later)))
                .contains("(Thu 14 Mar 10:00)");
    }

    @Test
    void withoutAStartTimeTheTimeIsLeftOut() {
        assertThat(text.render(at(Purpose.PREP_START, null)))
                .isEqualTo(
                        "Exec Assistant: prep for 'QBR with ACME' is ready to start. Open the app"
                                + " or Slack to begin.");
    }

    @Test
    void aTitleOutsideGsmIsKeptAndFitsTwoUnicodeParts() {
        String japanese = "四半期事業レビュー".repeat(10);

        String sms = text.render(notification(Purpose.PREP_START, japanese));

        assertThat(GsmText.isGsm(sms)).isFalse();
        assertThat(sms.length()).isLessThanOrEqualTo(134);
        assertThat(sms).contains("'四半期事業レビュー").contains("...'");
    }

    @Test
    void shorteningNeverSplitsACharacterOutsideTheBasicPlane() {
        String sms = text.render(notification(Purpose.PREP_START, "🚀 launch ".repeat(40)));

        assertThat(sms.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
        assertThat(sms.length()).isLessThanOrEqualTo(134);
    }
}
