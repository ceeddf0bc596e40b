package com.execassistant.core.prep;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.monitor.MeetingRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where materials are kept: a workspace folder on the desktop, S3 in the cloud. Both operations are
 * idempotent per run, so a repeated step overwrites rather than duplicates.
 */
public interface MaterialsStore {

    /** Keeps freshly generated materials for the run until they are published. */
    void stage(String runId, Materials materials);

    /** The staged materials of a run, if any. */
    Optional<Materials> staged(String runId);

    /**
     * Publishes the run's staged materials under the user's and meeting's folder.
     *
     * @return where they are (a folder path or an object key prefix)
     */
    String publish(String runId, MeetingRecord meeting);

    /** The files at a published location, for delivery as attachments. */
    List<Path> files(String location);
}
