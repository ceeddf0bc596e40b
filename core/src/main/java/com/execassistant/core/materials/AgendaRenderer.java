package com.execassistant.core.materials;

import java.time.ZonedDateTime;

/**
 * Renders an {@link Agenda} as a complete HTML document that is also well-formed XML (XHTML), so
 * that a mail client, a browser and an XML parser all read it. Shared by every writer, so agendas
 * look the same whoever planned them. All text is escaped.
 */
public final class AgendaRenderer {

    private static final String STYLE =
            "body{font-family:system-ui,sans-serif;max-width:44em;margin:2em auto;color:#222}"
                    + "h1{font-size:1.4em;margin-bottom:0}h2{font-size:1.05em;font-weight:normal;"
                    + "color:#555}.notice{background:#fff4d6;border-left:4px solid #e0a800;"
                    + "padding:.4em .8em}.time{color:#555}li{margin:.3em 0}";

    private AgendaRenderer() {}

    public static String render(Agenda agenda) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n")
                .append("<title>Agenda: ")
                .append(Html.text(agenda.heading()))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.text(agenda.heading())).append("</h1>\n");
        html.append("<h2>").append(Html.text(agenda.timeLine())).append("</h2>\n");
        html.append("<p class=\"meta\">")
                .append(Html.text(agenda.typeLabel()))
                .append(", ")
                .append(agenda.minutes())
                .append(" minutes</p>\n");
        for (String notice : agenda.notices()) {
            html.append("<p class=\"notice\">").append(Html.text(notice)).append("</p>\n");
        }
        html.append("<h3>Agenda</h3>\n<ol>\n");
        ZonedDateTime at = agenda.start();
        for (AgendaSection section : agenda.sections()) {
            section(html, section, at);
            at = at == null ? null : at.plusMinutes(section.minutes());
        }
        html.append("</ol>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, AgendaSection section, ZonedDateTime at) {
        html.append("<li data-section=\"")
                .append(Html.text(section.id()))
                .append("\" data-minutes=\"")
                .append(section.minutes())
                .append("\"><strong>")
                .append(Html.text(section.title()))
                .append("</strong> <span class=\"time\">(")
                .append(timing(section, at))
                .append(")</span>\n");
        if (!section.points().isEmpty()) {
            html.append("<ul>\n");
            for (String point : section.points()) {
                html.append("<li>").append(Html.text(point)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</li>\n");
    }

    private static String timing(AgendaSection section, ZonedDateTime at) {
        if (section.minutes() == 0) {
            return "if time allows";
        }
        String length = section.minutes() + " min";
        return at == null ? length : length + ", " + Html.text(MeetingTimes.clock(at));
    }
}
