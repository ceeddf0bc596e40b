package com.execassistant.desktop.demo;

import com.execassistant.core.account.Account;
import com.execassistant.core.account.AccountKind;
import com.execassistant.core.config.MeetingType;
import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.SyncRun;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.core.prep.WorkingHours;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The steps of setting up the demo, on one workspace. */
final class DemoSetup {

    private final LocalRuntime rt;
    private final PrepWiring wiring;

    DemoSetup(LocalRuntime rt) {
        this.rt = rt;
        this.wiring = PrepWiring.of(rt);
    }

    PrepWiring wiring() {
        return wiring;
    }

    Path folder() {
        return DemoWorkspace.folder(rt);
    }

    static Path calendarFile(LocalRuntime rt) {
        return DemoWorkspace.folder(rt).resolve("demo.ics");
    }

    DemoContext context() {
        return new DemoContext(wiring.contextFolder(), folder().resolve("context-files.txt"));
    }

    /**
     * Context first (the due prep gathers it), then the calendar in two versions: the first has the
     * vendor pitch confirmed, the second cancels it, because a sync only stores a cancellation of a
     * meeting it already knows.
     */
    DemoResult create(PrepRuntime prep) {
        List<String> copied = context().copySamples();
        Instant now = rt.clock().instant();
        DemoCalendar calendar = calendar(now);
        Path file = calendarFile(rt);
        write(file, DemoIcsWriter.write(calendar.meetings(false), zone(), now));
        Account account = addAccount(file);
        sync(account);
        write(file, DemoIcsWriter.write(calendar.meetings(true), zone(), now));
        sync(account);
        var stored = rt.meetings().meetings(account.id(), CalendarSources.ICS_CALENDAR_ID);
        MeetingRecord due =
                stored.values().stream()
                        .filter(m -> DemoCalendar.QBR_UID.equals(m.event().uid()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new DemoException(
                                                "The demo's QBR is outside the sync window;"
                                                        + " set days_ahead in calendar.yaml to 12"
                                                        + " or more."));
        prep.applyEvents();
        PrepRun run = prep.coordinator().startNow(due.id());
        return new DemoResult(
                account.id(), true, file, stored.size(), copied, due.id(), run.runId());
    }

    /** A prep engine on this workspace that is never started, to record runs and wake-ups. */
    PrepRuntime idleEngine() {
        return new PrepRuntime(
                rt.database(),
                rt.config(),
                rt.clock(),
                new PrepRuntime.Options(
                        wiring.settings(),
                        List::of,
                        new TemplateMaterialsWriter(rt.clock()),
                        List.of(),
                        Duration.ofSeconds(5),
                        wiring.materialsRoot(),
                        Duration.ofSeconds(1),
                        1,
                        store -> store));
    }

    private DemoCalendar calendar(Instant now) {
        WorkingHours hours = wiring.settings().workingHours();
        MeetingTypes types = rt.config().meetingTypes();
        int daysAhead = rt.config().calendar().sync().daysAhead();
        return new DemoCalendar(
                now,
                zone(),
                hours,
                now.plus(Duration.ofDays(daysAhead)),
                (type, start) -> {
                    MeetingType t = types.byName(type).orElse(types.fallback());
                    return hours.adjust(start.minus(Duration.ofHours(t.prepHoursBefore())), start);
                });
    }

    private Account addAccount(Path file) {
        String id = rt.accounts().nextId(AccountKind.ICS);
        rt.sources().vault().put(CalendarSources.icsSourceKey(id), file.toString());
        Account account =
                new Account(
                        id,
                        AccountKind.ICS,
                        DemoWorkspace.LABEL,
                        DemoWorkspace.OWNER_EMAIL,
                        Map.of(DemoWorkspace.SETTING, "true"),
                        true);
        rt.accounts().add(account);
        return account;
    }

    private void sync(Account account) {
        SyncRun run = rt.monitor().runOnce(List.of(account));
        List<String> problems = new ArrayList<>(run.errors());
        run.skipped().forEach(s -> problems.add(s.uid() + " " + s.reason()));
        if (!problems.isEmpty()) {
            throw new DemoException(
                    "The demo calendar could not be read: " + String.join("; ", problems) + ".");
        }
    }

    /** The calendar is made for this computer's clock, as the ICS source reads floating times. */
    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the demo calendar " + file + ": " + e.getMessage(), e);
        }
    }
}
