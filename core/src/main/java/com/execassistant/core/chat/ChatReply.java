package com.execassistant.core.chat;

/**
 * What to tell the user after a message.
 *
 * @param text the next question, or the closing line
 * @param finished whether the Q&A is over
 * @param duplicate whether the message had been taken already (nothing changed)
 */
public record ChatReply(String text, boolean finished, boolean duplicate) {}
