package com.execassistant.core.context;

/** A source that was wanted but gave nothing: failed, timed out, or has no data. */
public record ContextGap(ContextKind kind, String reason) {}
