package com.execassistant.core.context.file;

import com.execassistant.core.context.ContextQuery;
import com.execassistant.core.context.ContextSection;

/** Turns one kind's data file into a section; a problem is reported with its line. */
interface KindReader {

    ContextSection read(String fileName, YamlNode root, ContextQuery query)
            throws DataFileException;
}
