package com.execassistant.core.config;

/**
 * A configuration file cannot be used. The message is one plain sentence for the user: which file,
 * where in it (line and column when known), what is wrong and how to fix it. The app stops on this
 * exception rather than run with part of its configuration.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final String fix;

    /**
     * @param file the file as the user knows it (a path, or the name of a built-in default)
     * @param line 1-based line, or 0 when the problem is not at one place in the file
     * @param column 1-based column, or 0 when unknown
     * @param problem what is wrong, without a trailing period
     * @param fix what the user should do, without a trailing period
     */
    public ConfigException(String file, int line, int column, String problem, String fix) {
        super(format(file, line, column, problem, fix));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.fix = fix;
    }

    /** Same as above, keeping the low-level cause for logs (never shown to the user). */
    public ConfigException(String file, String problem, String fix, Throwable cause) {
        this(file, 0, 0, problem, fix);
        initCause(cause);
    }

    private static String format(String file, int line, int column, String problem, String fix) {
        StringBuilder sb = new StringBuilder("Invalid configuration in ").append(file);
        if (line > 0) {
            sb.append(" at line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        return sb.append(": ").append(problem).append(". Fix: ").append(fix).append('.').toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
