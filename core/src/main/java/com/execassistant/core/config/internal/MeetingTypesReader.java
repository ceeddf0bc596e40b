package com.execassistant.core.config.internal;

import com.execassistant.core.config.ConfigException;
import com.execassistant.core.config.ConfigWarning;
import com.execassistant.core.config.KeywordForm;
import com.execassistant.core.config.MeetingType;
import com.execassistant.core.config.MeetingTypes;
import com.execassistant.core.config.internal.YamlNode.Entry;
import com.execassistant.core.config.internal.YamlNode.MapNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Validates a meeting_types.yaml tree and builds {@link MeetingTypes} from it. */
public final class MeetingTypesReader {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String FIX_EMPTY =
            "start the file with 'meeting_types:' and list the types below it (copy the built-in"
                    + " meeting_types.yaml as a start), or delete the file to use the built-in types";

    private MeetingTypesReader() {}

    /**
     * @param root the document, null for an empty file
     * @param warnings receives what works but is probably not meant
     */
    public static MeetingTypes read(String file, YamlNode root, List<ConfigWarning> warnings) {
        if (root == null) {
            throw new ConfigException(file, 0, 0, "the file is empty", FIX_EMPTY);
        }
        Section top = Section.of(root, root.location(), "at the top of the file", "meeting_types:");
        top.allowOnly(List.of("meeting_types"));
        Entry typesEntry = top.required("meeting_types", "meeting_types: followed by the types");
        if (!(typesEntry.value() instanceof MapNode typesMap) || typesMap.entries().isEmpty()) {
            throw Section.fail(
                    typesEntry.keyLocation(),
                    "meeting_types must hold the meeting types by name, but it is "
                            + typesEntry.value().describe(),
                    "list each type indented below it, e.g. '  one_on_one:' with its keywords,"
                            + " prep_hours_before and prep_questions");
        }
        List<MeetingType> types = new ArrayList<>();
        Map<String, String> keywordOwner = new HashMap<>();
        for (Entry e : typesMap.entries().values()) {
            checkName(e);
            MeetingType type = MeetingTypeReader.read(e, warnings);
            types.add(type);
            warnAboutSharedKeywords(type, e, keywordOwner, warnings);
        }
        if (types.stream().noneMatch(MeetingType::isDefault)) {
            throw Section.fail(
                    typesEntry.keyLocation(),
                    "there is no \"default\" type",
                    "add a type named default, with prep_hours_before and prep_questions, for"
                            + " the meetings no other type matches");
        }
        return new MeetingTypes(types);
    }

    private static void checkName(Entry e) {
        if (!TYPE_NAME.matcher(e.key()).matches()) {
            throw Section.fail(
                    e.keyLocation(),
                    "the meeting type name \"" + e.key() + "\" is not a plain lower-case name",
                    "use lower-case letters, digits and underscores, starting with a letter,"
                            + " e.g. board_meeting");
        }
    }

    private static void warnAboutSharedKeywords(
            MeetingType type,
            Entry e,
            Map<String, String> keywordOwner,
            List<ConfigWarning> warnings) {
        for (String keyword : type.keywords()) {
            String normal = KeywordForm.normalize(keyword);
            String earlier = keywordOwner.putIfAbsent(normal, type.name());
            if (earlier != null && !earlier.equals(type.name())) {
                warnings.add(
                        new ConfigWarning(
                                e.keyLocation().file(),
                                e.keyLocation().line(),
                                "the keyword \""
                                        + keyword
                                        + "\" of type "
                                        + type.name()
                                        + " is also a keyword of "
                                        + earlier
                                        + ", which comes first in the file and wins whenever"
                                        + " both match"));
            }
        }
    }
}
