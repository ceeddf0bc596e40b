package com.execassistant.core.config.internal;

import com.execassistant.core.config.AttendeeBounds;
import com.execassistant.core.config.ConfigWarning;
import com.execassistant.core.config.KeywordForm;
import com.execassistant.core.config.MeetingType;
import com.execassistant.core.config.internal.Section.Located;
import com.execassistant.core.config.internal.YamlNode.Entry;
import com.execassistant.core.context.ContextKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Validates one meeting type of meeting_types.yaml. */
final class MeetingTypeReader {

    static final List<String> KEYS =
            List.of(
                    "keywords",
                    "attendee_count",
                    "required_attendees_min",
                    "required_attendees_max",
                    "prep_hours_before",
                    "reminder_hours_before",
                    "prep_questions",
                    "context_required");
    static final int DEFAULT_REMINDER_HOURS = 2;
    private static final int MAX_HOURS = 24 * 366;
    private static final int MAX_PEOPLE = 100_000;

    private MeetingTypeReader() {}

    static MeetingType read(Entry typeEntry, List<ConfigWarning> warnings) {
        String name = typeEntry.key();
        String where = "in type \"" + name + "\"";
        Section s =
                Section.of(
                        typeEntry.value(),
                        typeEntry.keyLocation(),
                        where,
                        "prep_hours_before: 24 and prep_questions: [...]");
        s.allowOnly(KEYS);
        boolean isDefault = MeetingType.DEFAULT.equals(name);
        List<String> keywords = keywords(s, where, isDefault);
        AttendeeBounds bounds = AttendeeRules.read(s, where, isDefault, MAX_PEOPLE);
        if (!isDefault && keywords.isEmpty() && bounds.isAny()) {
            throw Section.fail(
                    typeEntry.keyLocation(),
                    "type \""
                            + name
                            + "\" has neither keywords nor attendee rules, so it would match"
                            + " every meeting",
                    "add keywords or an attendee rule (attendee_count, required_attendees_min,"
                            + " required_attendees_max); the catch-all is the default type");
        }
        int prepHours =
                Section.integer(
                        s.required("prep_hours_before", "prep_hours_before: 24"),
                        where,
                        1,
                        MAX_HOURS,
                        "hours");
        int reminderHours =
                s.optional("reminder_hours_before")
                        .map(e -> Section.integer(e, where, 0, MAX_HOURS, "hours"))
                        .orElse(DEFAULT_REMINDER_HOURS);
        if (reminderHours > prepHours) {
            warnings.add(
                    new ConfigWarning(
                            typeEntry.keyLocation().file(),
                            typeEntry.keyLocation().line(),
                            "type "
                                    + name
                                    + " sends its final reminder ("
                                    + reminderHours
                                    + " h before) before its prep starts ("
                                    + prepHours
                                    + " h before)"));
        }
        List<String> questions = questions(s, where);
        List<ContextKind> context = contextSources(s, where);
        return new MeetingType(
                name, keywords, bounds, prepHours, questions, context, reminderHours);
    }

    private static List<String> keywords(Section s, String where, boolean isDefault) {
        Optional<Entry> entry = s.optional("keywords");
        if (entry.isEmpty()) {
            return List.of();
        }
        List<Located> written = Section.texts(entry.get(), where);
        if (isDefault && !written.isEmpty()) {
            throw Section.fail(
                    entry.get().keyLocation(),
                    "the default type cannot have keywords: it takes every meeting that no other"
                            + " type matches",
                    "move these keywords to a type of their own, or delete them");
        }
        List<String> keywords = new ArrayList<>();
        for (Located k : written) {
            String normal = KeywordForm.normalize(k.text());
            if (normal.isEmpty()) {
                throw Section.fail(
                        k.location(),
                        "the keyword \"" + k.text() + "\" " + where + " has no letter or digit",
                        "matching ignores punctuation, so a keyword needs at least one letter or"
                                + " digit; remove it or write the word itself");
            }
            keywords.add(k.text());
        }
        return keywords;
    }

    private static List<String> questions(Section s, String where) {
        Entry entry =
                s.required(
                        "prep_questions",
                        "prep_questions: [\"What outcome do you need?\", \"What could go wrong?\","
                                + " \"Who must you persuade?\"]");
        List<Located> written = Section.texts(entry, where);
        if (written.size() < 3 || written.size() > 5) {
            throw Section.fail(
                    entry.keyLocation(),
                    "prep_questions "
                            + where
                            + " has "
                            + written.size()
                            + (written.size() == 1 ? " question" : " questions")
                            + "; the prep chat asks 3 to 5",
                    written.size() < 3
                            ? "add questions until there are at least 3"
                            : "keep the 5 that matter most and remove the others");
        }
        return written.stream().map(Located::text).toList();
    }

    private static List<ContextKind> contextSources(Section s, String where) {
        Optional<Entry> entry = s.optional("context_required");
        if (entry.isEmpty()) {
            return List.of();
        }
        List<ContextKind> sources = new ArrayList<>();
        for (Located item : Section.texts(entry.get(), where)) {
            ContextKind source =
                    ContextKind.fromKey(item.text()).orElseThrow(() -> unknownSource(item, where));
            if (sources.contains(source)) {
                throw Section.fail(
                        item.location(),
                        "the context source \"" + item.text() + "\" is listed twice " + where,
                        "delete one of the two");
            }
            sources.add(source);
        }
        return sources;
    }

    private static RuntimeException unknownSource(Located item, String where) {
        String valid = "Valid sources: " + String.join(", ", ContextKind.keys());
        String fix =
                Suggestions.closest(item.text(), ContextKind.keys())
                        .map(c -> "did you mean \"" + c + "\"? " + valid)
                        .orElse("use one of the known sources. " + valid);
        return Section.fail(
                item.location(), "unknown context source \"" + item.text() + "\" " + where, fix);
    }
}
