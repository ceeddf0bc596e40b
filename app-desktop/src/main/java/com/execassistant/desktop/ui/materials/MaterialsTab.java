package com.execassistant.desktop.ui.materials;

/** The three documents of a run's materials, in the order their tabs show them. */
public enum MaterialsTab {
    AGENDA("Agenda", "agenda.html"),
    QUESTIONS("Questions", "questions.md"),
    NOTES("Notes", "notes.md");

    private final String title;
    private final String fileName;

    MaterialsTab(String title, String fileName) {
        this.title = title;
        this.fileName = fileName;
    }

    /** The tab's title, as shown. */
    public String title() {
        return title;
    }

    /** The file it is stored in, in the run's materials folder and in an export. */
    public String fileName() {
        return fileName;
    }
}
