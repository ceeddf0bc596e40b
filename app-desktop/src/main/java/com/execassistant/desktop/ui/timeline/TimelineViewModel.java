package com.execassistant.desktop.ui.timeline;

import com.execassistant.core.monitor.MeetingRecord;
import com.execassistant.core.prep.PrepRun;
import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The timeline: upcoming meetings grouped by day, searched and filtered in memory (the rows are
 * plain values, so this is cheap even for 10,000), loaded off the FX thread.
 */
public final class TimelineViewModel {

    public static final String ALL_TYPES = "All types";
    private static final int DAYS_AHEAD = 14;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final DesktopBackend backend;
    private final UiExecutor ui;
    private final StatusBarViewModel status;
    private final List<TimelineRow> all = new ArrayList<>();
    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList(ALL_TYPES);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> type = new SimpleObjectProperty<>(ALL_TYPES);
    private final ObjectProperty<StateFilter> state = new SimpleObjectProperty<>(StateFilter.ALL);
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper("Loading meetings...");

    public TimelineViewModel(DesktopBackend backend, UiExecutor ui, StatusBarViewModel status) {
        this.backend = backend;
        this.ui = ui;
        this.status = status;
        search.addListener((o, a, b) -> refilter());
        type.addListener((o, a, b) -> refilter());
        state.addListener((o, a, b) -> refilter());
    }

    /** Reloads the meetings from the store. */
    public void load() {
        load(() -> {});
    }

    /** Reloads the meetings from the store, then runs {@code after} (loaded or not). */
    public void load(Runnable after) {
        ui.submit(
                () -> rows(backend),
                loaded -> {
                    all.clear();
                    all.addAll(loaded);
                    TreeSet<String> names = new TreeSet<>();
                    loaded.forEach(r -> names.add(r.type()));
                    // Replacing a ComboBox's items clears its value; keep the user's filter.
                    String chosen = type.get();
                    List<String> next = new ArrayList<>(List.of(ALL_TYPES));
                    next.addAll(names);
                    types.setAll(next);
                    type.set(next.contains(chosen) ? chosen : ALL_TYPES);
                    refilter();
                    after.run();
                },
                e -> {
                    status.error(Failures.sentence("The meetings could not be loaded", e), e);
                    after.run();
                });
    }

    /** Reads the window of meetings and their runs; runs off the FX thread. */
    static List<TimelineRow> rows(DesktopBackend backend) {
        ZoneId zone = backend.zone();
        Instant now = backend.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(DAYS_AHEAD + 1L).atStartOfDay(zone).toInstant();
        Map<String, PrepRun> runs = backend.latestRuns();
        List<TimelineRow> out = new ArrayList<>();
        for (MeetingRecord m : backend.meetings(from, to)) {
            ZonedDateTime start = m.event().start().withZoneSameInstant(zone);
            int people = (int) m.event().attendees().stream().filter(a -> !a.resource()).count();
            out.add(
                    new TimelineRow(
                            m.id(),
                            m.event().startInstant(),
                            DayLabels.of(start.toLocalDate(), today),
                            m.event().allDay() ? "all day" : HH_MM.format(start),
                            m.event().title() == null ? "(no title)" : m.event().title(),
                            m.type(),
                            people,
                            PrepState.of(m, runs.get(m.id()), now, zone),
                            m.event().isCancelled()));
        }
        out.sort(java.util.Comparator.comparing(TimelineRow::start));
        return out;
    }

    private void refilter() {
        List<TimelineItem> shown = new ArrayList<>();
        String day = null;
        String only = type.get() == null || ALL_TYPES.equals(type.get()) ? null : type.get();
        for (TimelineRow r : all) {
            StateFilter states = state.get() == null ? StateFilter.ALL : state.get();
            if (!r.matches(search.get())
                    || (only != null && !r.type().equals(only))
                    || !states.accepts(r.prep())) {
                continue;
            }
            if (!r.day().equals(day)) {
                day = r.day();
                shown.add(new TimelineItem.DayHeader(day));
            }
            shown.add(r);
        }
        items.setAll(shown);
        empty.set(
                all.isEmpty()
                        ? "No meetings in the next "
                                + DAYS_AHEAD
                                + " days. Connect a calendar or add an ICS feed in Settings."
                        : "No meeting matches this search and these filters.");
    }

    public ObservableList<TimelineItem> items() {
        return items;
    }

    public ObservableList<String> types() {
        return types;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    /** The prep-state filter; {@link StateFilter#ALL} shows every row. */
    public ObjectProperty<StateFilter> stateProperty() {
        return state;
    }

    /** What an empty list says, with the next step. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The meeting rows shown, without headers. */
    public List<TimelineRow> rowsShown() {
        return items.stream()
                .filter(TimelineRow.class::isInstance)
                .map(TimelineRow.class::cast)
                .toList();
    }
}
