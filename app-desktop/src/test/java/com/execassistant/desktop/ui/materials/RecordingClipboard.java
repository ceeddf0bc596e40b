package com.execassistant.desktop.ui.materials;

/** Keeps what was put on it, as the system clipboard would. */
final class RecordingClipboard implements MaterialsClipboard {

    String plain;
    String html;

    @Override
    public void put(String plain, String html) {
        this.plain = plain;
        this.html = html;
    }
}
