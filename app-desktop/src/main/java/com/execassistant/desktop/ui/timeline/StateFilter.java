package com.execassistant.desktop.ui.timeline;

/** The timeline's prep-state filter: every state, or one kind of {@link PrepState}. */
public enum StateFilter {
    ALL("All states", null),
    DUE("Due", PrepState.Kind.DUE),
    SCHEDULED("Scheduled", PrepState.Kind.SCHEDULED),
    IN_PROGRESS("In progress", PrepState.Kind.IN_PROGRESS),
    READY("Ready", PrepState.Kind.READY),
    FAILED("Failed", PrepState.Kind.FAILED),
    SKIPPED("Skipped", PrepState.Kind.SKIPPED),
    NONE("No prep needed", PrepState.Kind.NONE);

    private final String label;
    private final PrepState.Kind kind;

    StateFilter(String label, PrepState.Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** Whether a row in {@code state} passes this filter. */
    public boolean accepts(PrepState state) {
        return kind == null || state.kind() == kind;
    }

    @Override
    public String toString() {
        return label;
    }
}
