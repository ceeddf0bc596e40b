package com.execassistant.desktop.ui.settings;

import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.prep.config.PrepConfig;
import com.execassistant.desktop.settings.SettingsService;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Notifications: Slack (bot token, app token, member id, with a real test message), SMS (number and
 * SNS region), working hours and the tray. Tokens are typed into empty fields and shown back only
 * masked; saving stores them encrypted and clears the fields.
 */
public final class NotificationsViewModel {

    static final String RESTART =
            " Restart Exec Assistant to use the new notification settings: they are set up when it"
                    + " starts.";

    private final SettingsService service;
    private final UiExecutor ui;
    private final ZoneId zone;
    final SettingField botToken = new SettingField(t -> Checks.token(t, "xoxb-", "bot token"));
    final SettingField appToken = new SettingField(t -> Checks.token(t, "xapp-", "app token"));
    final SettingField userId = new SettingField(t -> Checks.slackUser(t, false));
    final SettingField phone = new SettingField(Checks::phone);
    final SettingField smsRegion = new SettingField(Checks::region);
    final SettingField start = new SettingField(t -> ClockTime.parse(t).isEmpty() ? START : "");
    final SettingField end = new SettingField(t -> ClockTime.parse(t).isEmpty() ? END : "");
    final SettingField days = new SettingField(Checks::days);
    private final BooleanProperty tray = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper botMask = new ReadOnlyStringWrapper("not set");
    private final ReadOnlyStringWrapper appMask = new ReadOnlyStringWrapper("not set");
    private final SectionStatus status = new SectionStatus();
    private final SectionStatus slackTest = new SectionStatus();
    private PrepConfig shown = new PrepConfig();

    private static final String START = "Use the 24-hour form HH:MM, for example 08:30.";
    private static final String END = "Use the 24-hour form HH:MM, for example 18:00.";

    NotificationsViewModel(SettingsService service, UiExecutor ui, ZoneId zone) {
        this.service = service;
        this.ui = ui;
        this.zone = zone;
        start.valueProperty().addListener((o, a, b) -> checkHours());
        end.valueProperty().addListener((o, a, b) -> checkHours());
    }

    void show(SettingsSnapshot s) {
        shown = s.config();
        PrepConfig.Notifications n = shown.notifications;
        userId.set(n.slack.user_id);
        phone.set(n.sms.phone);
        smsRegion.set(n.sms.region);
        start.set(shown.working_hours.start);
        end.set(shown.working_hours.end);
        days.set(String.join(", ", shown.working_hours.days));
        tray.set(n.tray);
        botToken.set("");
        appToken.set("");
        botMask.set(s.masks().getOrDefault(PrepWiring.SLACK_BOT_TOKEN, "not set"));
        appMask.set(s.masks().getOrDefault(PrepWiring.SLACK_APP_TOKEN, "not set"));
    }

    /** The end after the start, when both are times. */
    private boolean checkHours() {
        boolean ok = start.validate() & end.validate();
        var s = ClockTime.parse(start.text());
        var e = ClockTime.parse(end.text());
        if (s.isPresent() && e.isPresent() && !e.get().isAfter(s.get())) {
            end.fail("The end must be after the start (" + s.get() + ").");
            return false;
        }
        return ok;
    }

    private boolean valid() {
        boolean ok = checkHours();
        for (SettingField f : List.of(botToken, appToken, userId, phone, smsRegion, days)) {
            ok &= f.validate();
        }
        return ok;
    }

    /** Saves what changed: tokens to the vault (encrypted), the rest to prep.yaml. */
    public void save() {
        if (!valid()) {
            status.failed("Fix the fields marked in red, then save again.");
            return;
        }
        Map<String, String> changes = changes();
        String bot = botToken.text();
        String app = appToken.text();
        status.working("Saving…");
        ui.submit(
                () -> {
                    service.secrets().put(PrepWiring.SLACK_BOT_TOKEN, bot);
                    service.secrets().put(PrepWiring.SLACK_APP_TOKEN, app);
                    PrepConfig saved = changes.isEmpty() ? service.read() : service.save(changes);
                    return new SettingsSnapshot(saved, masks(), List.of(), null);
                },
                s -> {
                    show(s);
                    status.ok("Saved." + RESTART);
                },
                e -> status.failed(Failures.sentence("Not saved", e)));
    }

    private Map<String, String> masks() {
        return Map.of(
                PrepWiring.SLACK_BOT_TOKEN, service.secrets().masked(PrepWiring.SLACK_BOT_TOKEN),
                PrepWiring.SLACK_APP_TOKEN, service.secrets().masked(PrepWiring.SLACK_APP_TOKEN));
    }

    private Map<String, String> changes() {
        Map<String, String> c = new LinkedHashMap<>();
        PrepConfig was = shown;
        Changes.text(
                c, "notifications.slack.user_id", was.notifications.slack.user_id, userId.text());
        Changes.text(c, "notifications.sms.phone", was.notifications.sms.phone, phone.text());
        Changes.text(c, "notifications.sms.region", was.notifications.sms.region, smsRegion.text());
        Changes.text(c, "working_hours.start", was.working_hours.start, start.text());
        Changes.text(c, "working_hours.end", was.working_hours.end, end.text());
        List<String> dayList = Checks.words(days.text());
        if (!dayList.equals(was.working_hours.days)) {
            c.put(
                    "working_hours.days",
                    com.execassistant.desktop.settings.YamlLines.flowList(dayList));
        }
        if (tray.get() != was.notifications.tray) {
            c.put("notifications.tray", Boolean.toString(tray.get()));
        }
        return c;
    }

    /** Sends a real DM with the token typed now (or the stored one) to the member id typed now. */
    public void sendTest() {
        boolean ok = botToken.validate();
        String need = Checks.slackUser(userId.text(), true);
        if (!need.isEmpty()) {
            userId.fail(need);
            ok = false;
        }
        if (!ok) {
            slackTest.failed("Fix the Slack fields marked in red first.");
            return;
        }
        String token = botToken.text();
        String user = userId.text();
        String baseUrl = shown.notifications.slack.base_url;
        slackTest.working("Sending a test message…");
        long started = System.nanoTime();
        ui.submit(
                () -> {
                    service.sendSlackTest(token, user, baseUrl, zone);
                    return (System.nanoTime() - started) / 1_000_000;
                },
                ms -> slackTest.ok("Sent: look for the test message in Slack (" + ms + " ms)."),
                e -> slackTest.failed(Failures.sentence("The test message was not sent", e)));
    }

    /** Forgets a stored token. */
    public void clearToken(String name) {
        ui.submit(
                () -> {
                    service.secrets().remove(name);
                    return service.secrets().masked(name);
                },
                m -> {
                    (PrepWiring.SLACK_BOT_TOKEN.equals(name) ? botMask : appMask).set(m);
                    status.ok("Removed the token." + RESTART);
                },
                e -> status.failed(Failures.sentence("The token was not removed", e)));
    }

    public SettingField botToken() {
        return botToken;
    }

    public SettingField appToken() {
        return appToken;
    }

    public SettingField userId() {
        return userId;
    }

    public SettingField phone() {
        return phone;
    }

    public SettingField smsRegion() {
        return smsRegion;
    }

    public SettingField start() {
        return start;
    }

    public SettingField end() {
        return end;
    }

    public SettingField days() {
        return days;
    }

    public BooleanProperty trayProperty() {
        return tray;
    }

    /** The stored bot token, masked: "xoxb-…7f3a set" or "not set". */
    public ReadOnlyStringProperty botTokenMaskProperty() {
        return botMask.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty appTokenMaskProperty() {
        return appMask.getReadOnlyProperty();
    }

    public SectionStatus status() {
        return status;
    }

    public SectionStatus slackTest() {
        return slackTest;
    }
}
