package com.execassistant.desktop.ui.materials;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard through JavaFX; call on the FX thread. */
final class FxClipboard implements MaterialsClipboard {

    @Override
    public void put(String plain, String html) {
        ClipboardContent content = new ClipboardContent();
        content.putString(plain);
        if (html != null) {
            content.putHtml(html);
        }
        Clipboard.getSystemClipboard().setContent(content);
    }
}
