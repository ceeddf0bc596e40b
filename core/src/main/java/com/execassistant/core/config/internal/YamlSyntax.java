package com.execassistant.core.config.internal;

import com.execassistant.core.config.ConfigException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the YAML parser's exceptions into one sentence with the place and a likely fix. */
final class YamlSyntax {

    private YamlSyntax() {}

    static ConfigException toConfigException(String file, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                String problem = plainWords(marked.getProblem());
                String context = plainWords(marked.getContext());
                Mark contextMark = marked.getContextMark();
                if (!context.isEmpty()
                        && contextMark != null
                        && contextMark.getLine() != mark.getLine()) {
                    context += " started at line " + (contextMark.getLine() + 1);
                }
                ConfigException ce =
                        new ConfigException(
                                file,
                                mark.getLine() + 1,
                                mark.getColumn() + 1,
                                "the file is not valid YAML: "
                                        + problem
                                        + (context.isEmpty() ? "" : " (" + context + ")"),
                                fixFor(problem));
                ce.initCause(e);
                return ce;
            }
        }
        if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
            JsonLocation l = jpe.getLocation();
            ConfigException ce =
                    new ConfigException(
                            file,
                            l.getLineNr(),
                            l.getColumnNr(),
                            "the file is not valid YAML: " + jpe.getOriginalMessage(),
                            fixFor(""));
            ce.initCause(e);
            return ce;
        }
        return new ConfigException(
                file,
                "the file cannot be read (" + e.getMessage() + ")",
                "check that it is a readable UTF-8 text file",
                e);
    }

    /** The parser speaks YAML grammar; users know lists and keys. */
    private static String plainWords(String parserText) {
        if (parserText == null) {
            return "";
        }
        return parserText
                .trim()
                .replace(
                        "'<block mapping start>'", "a key indented differently from its neighbours")
                .replace("<block end>", "the end of the group")
                .replace("<scalar>", "a value")
                .replace("flow sequence", "list in brackets")
                .replace("block sequence", "list")
                .replace("flow mapping", "map in braces")
                .replace("block mapping", "group of keys");
    }

    private static String fixFor(String problem) {
        String p = problem.toLowerCase(Locale.ROOT);
        if (p.contains("tab")) {
            return "indent with spaces; YAML does not allow tab characters for indentation";
        }
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            return "check the list started earlier: items separated by commas, the list closed"
                    + " with its bracket, and every quote closed";
        }
        if (p.contains("end of stream") || p.contains("quoted")) {
            return "close the quote that is opened here";
        }
        return "check the indentation and quoting there: keys at the same level need the same"
                + " indentation, and text containing ': ', '#' or starting with a special character"
                + " needs quotes";
    }
}
