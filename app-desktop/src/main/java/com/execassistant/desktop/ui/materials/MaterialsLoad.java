package com.execassistant.desktop.ui.materials;

/**
 * A run's materials as read and rendered off the FX thread, ready to show.
 *
 * @param questionsPage the questions rendered to a safe HTML page
 * @param notesPage the notes rendered to a safe HTML page
 * @param exportName the folder or .zip name an export proposes
 */
record MaterialsLoad(
        String folder,
        String agendaHtml,
        String questionsMarkdown,
        String notesMarkdown,
        String questionsPage,
        String notesPage,
        String madeBy,
        String exportName) {}
