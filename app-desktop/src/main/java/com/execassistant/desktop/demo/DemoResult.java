package com.execassistant.desktop.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * The demo workspace as {@link DemoWorkspace#create} left it.
 *
 * @param accountId the demo calendar's account
 * @param created false when a demo was already there and nothing was done
 * @param calendarFile the generated ICS file
 * @param meetings how many occurrences the demo account has stored
 * @param contextFiles the sample context files copied this time (empty when the user already had
 *     context files, or when nothing was created)
 * @param dueMeetingId the meeting whose prep is due now
 * @param dueRunId that meeting's prep run
 */
public record DemoResult(
        String accountId,
        boolean created,
        Path calendarFile,
        int meetings,
        List<String> contextFiles,
        String dueMeetingId,
        String dueRunId) {

    public DemoResult {
        contextFiles = List.copyOf(contextFiles);
    }
}
