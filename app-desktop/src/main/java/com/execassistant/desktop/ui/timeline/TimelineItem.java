package com.execassistant.desktop.ui.timeline;

/** One line of the timeline list: a day header or a meeting. */
public sealed interface TimelineItem permits TimelineItem.DayHeader, TimelineRow {

    /** "Today", "Tomorrow" or a date, above that day's meetings. */
    record DayHeader(String label) implements TimelineItem {}
}
