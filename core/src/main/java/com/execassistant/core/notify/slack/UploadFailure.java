package com.execassistant.core.notify.slack;

import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;

/**
 * Finds the step that failed in the SDK's three-step upload (get an upload URL, send the bytes,
 * complete), which the SDK reports as one exception holding every response so far.
 */
final class UploadFailure {

    private UploadFailure() {}

    static String reason(SlackFilesUploadV2Exception e) {
        for (FilesGetUploadURLExternalResponse r : e.getGetURLResponses()) {
            if (!r.isOk()) {
                return r.getError();
            }
        }
        for (FilesUploadV2Response.UploadResponse r : e.getUploadResponses().values()) {
            if (r.getCode() != 200) {
                return "the file store answered HTTP " + r.getCode();
            }
        }
        if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
            return e.getCompleteResponse().getError();
        }
        return "the upload did not complete";
    }
}
