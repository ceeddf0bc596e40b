package com.execassistant.core.prep;

import com.execassistant.core.chat.ChatService;
import com.execassistant.core.context.ContextGatherer;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.notify.NotificationDispatcher;

/** What the workflow's steps work through; each engine wires its own adapters. */
public record PrepPorts(
        MeetingLookup meetings,
        ContextGatherer context,
        NotificationDispatcher notifications,
        ChatService chat,
        MaterialsWriter writer,
        MaterialsStore materials) {}
