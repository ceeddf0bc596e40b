package com.execassistant.core.context.file;

import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;

/** Turns one kind's data file into a section; a problem is reported with its line. */
interface KindReader {

    ContextSection read(String fileName, YamlNode root, ContextQuery query)
            throws DataFileException;

    /**
     * What of the query the section depends on: queries with equal keys get the same section from
     * the same file, so it is built once per file version. Most files do not depend on the meeting
     * at all.
     */
    default Object key(ContextQuery query) {
        return "";
    }
}
