package com.execassistant.desktop.ui.materials;

/**
 * The clipboard, as the materials pane needs it. The view supplies the system clipboard, so the
 * ViewModel decides what is copied without touching the toolkit.
 */
public interface MaterialsClipboard {

    /**
     * Replaces the clipboard's content.
     *
     * @param plain the text flavour, always given
     * @param html the HTML flavour, or null when there is none worth pasting
     */
    void put(String plain, String html);
}
