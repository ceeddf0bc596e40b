package com.execassistant.desktop.demo;

import com.execassistant.core.account.Account;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.desktop.prep.FileMaterialsStore;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.store.AccountPurge;
import com.execassistant.desktop.sync.CalendarSources;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first-run demo: a sample calendar generated relative to today, sample context data and one
 * prep due at once, so a new user sees the whole product without connecting anything; and leaving
 * it, which removes all of that and nothing else.
 *
 * <p>The demo is an ordinary ICS account marked with the setting {@code demo=true}, labelled "Demo
 * calendar", reading {@code <workspace>/demo/demo.ics}. The prep due now is the QBR's: a QBR's prep
 * starts two weeks ahead, so it is due as soon as the meeting is in the sync window; it is started
 * at once (ignoring working hours) so the Q&amp;A and materials are there whenever the demo is
 * opened. Every other meeting is placed so its prep starts later.
 */
public final class DemoWorkspace {

    /** The account setting that marks the demo account. */
    public static final String SETTING = "demo";

    /** What the user sees as the demo account's name. */
    public static final String LABEL = "Demo calendar";

    /** The demo user's address in the demo calendar. */
    public static final String OWNER_EMAIL = DemoPeople.ALEX.email();

    private DemoWorkspace() {}

    /** Whether the workspace has the demo account. */
    public static boolean isDemo(LocalRuntime rt) {
        return demoAccount(rt).isPresent();
    }

    /** Whether an account is the demo's. */
    public static boolean isDemo(Account account) {
        return "true".equals(account.setting(SETTING));
    }

    public static Optional<Account> demoAccount(LocalRuntime rt) {
        return rt.accounts().all().stream().filter(DemoWorkspace::isDemo).findFirst();
    }

    /**
     * Creates the demo with a prep engine of its own that is never started: the due run and its
     * wake-up are stored, and the workspace's engine runs it when it starts (or on its next poll).
     * Does nothing when the demo is already there.
     *
     * @throws DemoException when it cannot be set up; whatever was made is removed again
     */
    public static DemoResult create(LocalRuntime rt) {
        Optional<Account> existing = demoAccount(rt);
        if (existing.isPresent()) {
            return describe(rt, existing.get());
        }
        DemoSetup setup = new DemoSetup(rt);
        try (PrepRuntime prep = setup.idleEngine()) {
            return create(rt, prep);
        }
    }

    /**
     * Creates the demo, arranging its due prep on the given (usually running) prep engine. Does
     * nothing when the demo is already there.
     *
     * @throws DemoException when it cannot be set up; whatever was made is removed again
     */
    public static DemoResult create(LocalRuntime rt, PrepRuntime prep) {
        Optional<Account> existing = demoAccount(rt);
        if (existing.isPresent()) {
            return describe(rt, existing.get());
        }
        try {
            return new DemoSetup(rt).create(prep);
        } catch (RuntimeException e) {
            try {
                remove(rt);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof DemoException d) {
                throw d;
            }
            throw new DemoException("The demo could not be set up: " + e.getMessage(), e);
        }
    }

    /**
     * Leaves the demo: removes the demo account with its meetings, prep runs, Q&amp;A sessions,
     * notifications, materials and calendar address, the demo's files and the sample context files
     * it copied (unless the user has edited them since). Real accounts are not touched. Safe to
     * call when there is no demo.
     */
    public static DemoRemoval remove(LocalRuntime rt) {
        DemoSetup setup = new DemoSetup(rt);
        FileMaterialsStore materials =
                new FileMaterialsStore(setup.wiring().materialsRoot(), rt.clock());
        AccountPurge purge = new AccountPurge(rt.database());
        List<String> removed = new ArrayList<>();
        int meetings = 0;
        for (Account account : rt.accounts().all()) {
            if (!isDemo(account)) {
                continue;
            }
            AccountPurge.Purged purged = purge.purge(account.id());
            rt.sources().vault().remove(CalendarSources.icsSourceKey(account.id()));
            materials.removeAccount(account.id(), purged.runIds());
            removed.add(account.id());
            meetings += purged.meetings();
        }
        List<String> kept = setup.context().removeCopies();
        deleteTree(setup.folder());
        return new DemoRemoval(removed, meetings, kept);
    }

    /** The demo folder: {@code <workspace>/demo}, holding the calendar file. */
    public static Path folder(LocalRuntime rt) {
        return rt.workspace().root().resolve("demo");
    }

    private static DemoResult describe(LocalRuntime rt, Account account) {
        var meetings = rt.meetings().meetings(account.id(), CalendarSources.ICS_CALENDAR_ID);
        Optional<MeetingRecord> due =
                meetings.values().stream()
                        .filter(m -> DemoCalendar.QBR_UID.equals(m.event().uid()))
                        .findFirst();
        return new DemoResult(
                account.id(),
                false,
                DemoSetup.calendarFile(rt),
                meetings.size(),
                List.of(),
                due.map(MeetingRecord::id).orElse(null),
                due.map(m -> PrepRun.idFor(m.id(), m.revision())).orElse(null));
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot remove the demo folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
