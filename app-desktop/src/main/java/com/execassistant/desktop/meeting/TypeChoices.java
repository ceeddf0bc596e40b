package com.execassistant.desktop.meeting;

import com.execassistant.core.config.MeetingType;
import com.execassistant.core.monitor.CalendarMonitor;
import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.monitor.TypeOverride;
import com.execassistant.core.monitor.TypeOverride.Scope;
import com.execassistant.desktop.store.JdbcMeetingStore;
import com.execassistant.desktop.store.TypeOverrideRepository;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's meeting type, for one meeting or its whole series: kept where every sync applies it,
 * applied at once through the same path as a calendar change (a new revision, so the prep run is
 * replaced with one for the new type), and undoable.
 */
public final class TypeChoices {

    private final LocalRuntime local;
    private final TypeOverrideRepository store;
    private final JdbcMeetingStore meetings;
    private final Runnable applyPrepEvents;

    /**
     * @param applyPrepEvents hands the prep events a change caused to the prep engine
     */
    public TypeChoices(LocalRuntime local, Runnable applyPrepEvents) {
        this.local = local;
        this.store = local.typeOverrides();
        this.meetings = local.meetings();
        this.applyPrepEvents = applyPrepEvents;
    }

    /**
     * What is chosen for a meeting.
     *
     * @param forMeeting the type chosen for this meeting alone, or null
     * @param forSeries the type chosen for its series, or null
     * @param inSeries whether the meeting belongs to a recurring series
     */
    public record Current(String forMeeting, String forSeries, boolean inSeries) {

        /** The choice in force: the meeting's own, else its series', else null (the rules). */
        public String chosen() {
            return forMeeting != null ? forMeeting : forSeries;
        }
    }

    /** What a choice replaced, so Undo can put it back; {@code type} null means none. */
    public record Previous(String meetingId, Scope scope, String type) {}

    /** The configured types' names, in the configuration's order. */
    public List<String> types() {
        return local.config().meetingTypes().types().stream().map(MeetingType::name).toList();
    }

    public Current current(String meetingId) {
        MeetingRecord m = meeting(meetingId);
        String series = m.event().seriesId();
        return new Current(
                store.find(m.accountId(), Scope.MEETING, m.id())
                        .map(TypeOverride::type)
                        .orElse(null),
                series == null
                        ? null
                        : store.find(m.accountId(), Scope.SERIES, series)
                                .map(TypeOverride::type)
                                .orElse(null),
                series != null);
    }

    /**
     * Chooses the type of a meeting or of its series, or with {@code type} null hands it back to
     * the rules.
     *
     * @return what was chosen before, for Undo
     */
    public Previous choose(String meetingId, Scope scope, String type) {
        return local.writingCalendar(() -> chooseNow(meetingId, scope, type));
    }

    private Previous chooseNow(String meetingId, Scope scope, String type) {
        MeetingRecord m = meeting(meetingId);
        if (type != null && !types().contains(type)) {
            throw new TypeChoiceException(
                    "There is no meeting type called \"" + type + "\"; choose one of " + types());
        }
        String target = target(m, scope);
        Optional<TypeOverride> before = store.find(m.accountId(), scope, target);
        if (type == null) {
            store.remove(m.accountId(), scope, target);
        } else {
            store.save(new TypeOverride(m.accountId(), scope, target, type));
        }
        if (!Objects.equals(before.map(TypeOverride::type).orElse(null), type)) {
            reclassify(m, scope);
        }
        return new Previous(m.id(), scope, before.map(TypeOverride::type).orElse(null));
    }

    /** Puts back what a choice replaced. */
    public void undo(Previous previous) {
        choose(previous.meetingId(), previous.scope(), previous.type());
    }

    private void reclassify(MeetingRecord m, Scope scope) {
        CalendarMonitor monitor = local.monitor();
        if (scope == Scope.MEETING) {
            monitor.reclassify(m);
        } else {
            for (MeetingRecord other : meetings.meetings(m.accountId(), m.calendarId()).values()) {
                if (m.event().seriesId().equals(other.event().seriesId())) {
                    monitor.reclassify(other);
                }
            }
        }
        applyPrepEvents.run();
    }

    /**
     * Finishes type changes a stop interrupted: meetings whose stored type is not the one chosen
     * for them are classified again (which applies the choice), as the next change to them would.
     *
     * @return how many meetings were looked at again
     */
    public int finishInterrupted() {
        return local.writingCalendar(
                () -> {
                    List<String> ids = store.meetingsNotYetRetyped();
                    if (ids.isEmpty()) {
                        return 0;
                    }
                    CalendarMonitor monitor = local.monitor();
                    ids.forEach(id -> meetings.find(id).ifPresent(monitor::reclassify));
                    applyPrepEvents.run();
                    return ids.size();
                });
    }

    private static String target(MeetingRecord m, Scope scope) {
        if (scope == Scope.MEETING) {
            return m.id();
        }
        if (m.event().seriesId() == null) {
            throw new TypeChoiceException("This meeting is not part of a recurring series.");
        }
        return m.event().seriesId();
    }

    private MeetingRecord meeting(String meetingId) {
        return meetings.find(meetingId)
                .orElseThrow(
                        () ->
                                new TypeChoiceException(
                                        "That meeting is no longer in the calendar."));
    }
}
