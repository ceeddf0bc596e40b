package com.execassistant.desktop.demo;

import com.execassistant.core.prep.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * The demo calendar, generated relative to now: realistic wall-clock times on working days, placed
 * so that exactly one prep is due at once (the QBR, whose two-week lead time makes it due as soon
 * as it is in the sync window) and every other prep starts later.
 *
 * <p>Each meeting has a nominal day and time; when its prep would already be due there, it moves to
 * the next working day at the same time, as long as it stays in the sync window.
 */
final class DemoCalendar {

    /** When a meeting's prep would start, after working hours have moved it. */
    interface PrepStart {
        Instant of(String type, Instant meetingStart);
    }

    static final String QBR_UID = uid("qbr");
    static final String ONE_ON_ONE_UID = uid("one-on-one");
    static final String STAFF_SERIES_UID = uid("weekly-staff-meeting");
    static final String CANCELLED_UID = uid("vendor-pitch");

    /** A prep that starts this soon would be due by the time the user looks. */
    private static final Duration MARGIN = Duration.ofMinutes(15);

    private final Instant now;
    private final ZoneId zone;
    private final WorkingHours hours;
    private final Instant windowEnd;
    private final PrepStart prepStart;

    /**
     * @param windowEnd the end of the sync window: every meeting must start before it
     */
    DemoCalendar(
            Instant now, ZoneId zone, WorkingHours hours, Instant windowEnd, PrepStart prepStart) {
        this.now = now;
        this.zone = zone;
        this.hours = hours;
        this.windowEnd = windowEnd;
        this.prepStart = prepStart;
    }

    /**
     * @param cancelledYet whether the vendor pitch is already cancelled (the calendar's second
     *     version) or still confirmed (its first)
     */
    List<DemoMeeting> meetings(boolean cancelledYet) {
        DemoMeeting pitch = DemoMeetings.vendorPitch(at("default", 3, 15, 0));
        return List.of(
                DemoMeetings.incidentReview(incidentSlot()),
                DemoMeetings.oneOnOne(at("one_on_one", 1, 10, 30)),
                DemoMeetings.designReview(at("default", 1, 14, 0)),
                DemoMeetings.allHands(at("staff_meeting", 2, 16, 0)),
                DemoMeetings.leadership(at("leadership_meeting", 3, 10, 0)),
                cancelledYet ? pitch.asCancelled() : pitch,
                DemoMeetings.coffeeChat(at("default", 4, 15, 30)),
                DemoMeetings.hiringSync(at("default", 5, 11, 0)),
                qbr(),
                staffSeries());
    }

    private DemoMeeting qbr() {
        ZonedDateTime start = workingDay(today().plusDays(10)).atTime(13, 0).atZone(zone);
        if (!start.toInstant().isBefore(windowEnd.minus(Duration.ofHours(2)))) {
            start = workingDay(today().plusDays(1)).atTime(13, 0).atZone(zone);
        }
        return DemoMeetings.qbr(start, start.get(IsoFields.QUARTER_OF_YEAR));
    }

    /**
     * The weekly staff meeting: its latest occurrence at or before now (on a working day), so that
     * with one week excluded the series still shows an occurrence on either side of the gap.
     */
    private DemoMeeting staffSeries() {
        ZonedDateTime first = today().atTime(9, 0).atZone(zone);
        if (first.toInstant().isAfter(now)) {
            first = first.minusDays(1);
        }
        for (int i = 0; i < 7 && !hours.days().contains(first.getDayOfWeek()); i++) {
            first = first.minusDays(1);
        }
        return DemoMeetings.staffSeries(first.minusWeeks(4), first.plusWeeks(1));
    }

    /** About three hours from now, within working hours, or the next working day's late morning. */
    private ZonedDateTime incidentSlot() {
        ZonedDateTime soon = roundUpToHalfHour(now.plus(Duration.ofHours(3)).atZone(zone));
        boolean workable =
                hours.contains(soon.toInstant())
                        && hours.contains(soon.plusMinutes(59).toInstant())
                        && soon.toLocalDate().equals(today());
        ZonedDateTime nominal =
                workable ? soon : workingDay(today().plusDays(1)).atTime(11, 0).atZone(zone);
        return place("incident_review", nominal);
    }

    private ZonedDateTime at(String type, int days, int hour, int minute) {
        return place(type, workingDay(today().plusDays(days)).atTime(hour, minute).atZone(zone));
    }

    /** The nominal slot, or the first working day after it whose prep is not due yet. */
    private ZonedDateTime place(String type, ZonedDateTime nominal) {
        ZonedDateTime slot = nominal;
        LocalTime time = nominal.toLocalTime();
        while (!prepAhead(type, slot)) {
            ZonedDateTime next =
                    workingDay(slot.toLocalDate().plusDays(1)).atTime(time).atZone(zone);
            if (!next.toInstant().isBefore(windowEnd.minus(Duration.ofHours(2)))) {
                return nominal; // nothing later fits the window: keep the intended day
            }
            slot = next;
        }
        return slot;
    }

    private boolean prepAhead(String type, ZonedDateTime start) {
        return start.toInstant().isAfter(now)
                && prepStart.of(type, start.toInstant()).isAfter(now.plus(MARGIN));
    }

    private LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < 7 && !hours.days().contains(d.getDayOfWeek()); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    private LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    private static ZonedDateTime roundUpToHalfHour(ZonedDateTime t) {
        ZonedDateTime floor = t.withMinute(t.getMinute() < 30 ? 0 : 30).withSecond(0).withNano(0);
        return floor.equals(t) ? t : floor.plusMinutes(30);
    }

    static String uid(String name) {
        return "exec-assistant-demo-" + name + "@" + DemoPerson.DOMAIN;
    }
}
