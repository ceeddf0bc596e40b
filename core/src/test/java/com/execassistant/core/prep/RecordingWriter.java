package com.execassistant.core.prep;

import com.execassistant.core.materials.Materials;
import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsRequest;
import com.execassistant.core.materials.MaterialsWriter;
import com.execassistant.core.materials.TemplateMaterialsWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The template writer, keeping every request it gets and reporting a fixed generation time (so that
 * two runs of a step can be compared); it can be told to fail.
 */
final class RecordingWriter implements MaterialsWriter {

    static final Duration TOOK = Duration.ofMillis(1200);

    private final TemplateMaterialsWriter template;
    private final List<MaterialsRequest> requests = new ArrayList<>();
    private String failure;

    RecordingWriter(Clock clock) {
        this.template = new TemplateMaterialsWriter(clock);
    }

    void failing(String reason) {
        failure = reason;
    }

    void recover() {
        failure = null;
    }

    List<MaterialsRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public String name() {
        return template.name();
    }

    @Override
    public Materials write(MaterialsRequest request) throws MaterialsException {
        requests.add(request);
        if (failure != null) {
            throw new MaterialsException(MaterialsException.Reason.UNAVAILABLE, failure);
        }
        Materials m = template.write(request);
        return new Materials(
                m.agendaHtml(),
                m.questionsMarkdown(),
                m.notesMarkdown(),
                m.writer(),
                m.generatedAt(),
                TOOK,
                m.notices());
    }
}
