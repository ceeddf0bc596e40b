package com.execassistant.desktop.ui.settings;

import com.execassistant.desktop.settings.YamlLines;
import java.util.Map;

/** Collects the prep.yaml keys a save changes: only what differs from the file as shown. */
final class Changes {

    private Changes() {}

    static void text(Map<String, String> changes, String key, String was, String now) {
        if (!now.equals(was == null ? "" : was)) {
            changes.put(key, YamlLines.quoted(now));
        }
    }
}
