package com.execassistant.desktop.ui.chat;

/** One bubble of the prep chat. */
public record ChatLine(Who who, String text) {

    /** Who said it; the view aligns and colours by this. */
    public enum Who {
        ASSISTANT,
        YOU
    }
}
