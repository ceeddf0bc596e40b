package com.execassistant.desktop.ui.settings;

import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.prep.config.PrepConfig;
import com.execassistant.desktop.settings.SettingsService;
import com.execassistant.desktop.settings.WriterChoice;
import com.execassistant.desktop.ui.app.Failures;
import com.execassistant.desktop.ui.app.UiExecutor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The material writer: the template only, Bedrock (model and region) or an OpenAI-compatible server
 * (address, model, optional API key kept encrypted), with a Test that asks the writer as typed for
 * a small plan within the time limit.
 */
public final class WriterViewModel {

    /** The writers, as prep.yaml names them. */
    public static final List<String> WRITERS = List.of("template", "openai", "bedrock");

    private final SettingsService service;
    private final UiExecutor ui;
    private final StringProperty writer = new SimpleStringProperty("template");
    final SettingField openAiUrl = new SettingField(Checks::httpUrl);
    final SettingField openAiModel =
            new SettingField(t -> Checks.notBlank(t, "Give the model's name, e.g. llama3.1."));
    final SettingField apiKey = new SettingField(t -> "");
    final SettingField bedrockModel =
            new SettingField(
                    t ->
                            Checks.notBlank(
                                    t, "Give a Bedrock model id, e.g. amazon.nova-lite-v1:0."));
    final SettingField bedrockRegion = new SettingField(Checks::region);
    final SettingField timeLimit = new SettingField(t -> Checks.wholeNumber(t, 1, 300, "seconds"));
    private final ReadOnlyStringWrapper keyMask = new ReadOnlyStringWrapper("not set");
    private final SectionStatus status = new SectionStatus();
    private final SectionStatus test = new SectionStatus();
    private PrepConfig shown = new PrepConfig();

    WriterViewModel(SettingsService service, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
    }

    void show(SettingsSnapshot s) {
        shown = s.config();
        PrepConfig.MaterialsConfig m = shown.materials;
        writer.set(m.writer);
        openAiUrl.set(m.openai.base_url);
        openAiModel.set(m.openai.model);
        bedrockModel.set(m.bedrock.model);
        bedrockRegion.set(m.bedrock.region);
        timeLimit.set(Integer.toString(m.time_limit_seconds));
        apiKey.set("");
        keyMask.set(s.masks().getOrDefault(PrepWiring.OPENAI_API_KEY, "not set"));
    }

    /** Only the chosen writer's fields count; the others keep what they hold. */
    private boolean valid() {
        boolean ok = timeLimit.validate();
        switch (writer.get()) {
            case "openai" -> ok &= openAiUrl.validate() & openAiModel.validate();
            case "bedrock" -> ok &= bedrockModel.validate() & bedrockRegion.validate();
            default -> {}
        }
        return ok;
    }

    private WriterChoice choice() {
        return new WriterChoice(
                writer.get(),
                openAiUrl.text(),
                openAiModel.text(),
                apiKey.text(),
                bedrockModel.text(),
                bedrockRegion.text(),
                Duration.ofSeconds(Integer.parseInt(timeLimit.text())));
    }

    /** Asks the writer as typed for the materials of a small made-up meeting. */
    public void test() {
        if (!valid()) {
            test.failed("Fix the fields marked in red first.");
            return;
        }
        WriterChoice c = choice();
        test.working("Asking " + c.writer() + " for a small plan…");
        ui.submit(
                () -> service.testWriter(c),
                r ->
                        test.ok(
                                "It works: "
                                        + r.writer()
                                        + " wrote a plan in "
                                        + r.took().toMillis()
                                        + " ms (limit "
                                        + c.timeLimit().toSeconds()
                                        + " s)."),
                e -> test.failed(Failures.sentence("The writer did not answer", e)));
    }

    public void save() {
        if (!valid()) {
            status.failed("Fix the fields marked in red, then save again.");
            return;
        }
        Map<String, String> c = new LinkedHashMap<>();
        PrepConfig.MaterialsConfig was = shown.materials;
        Changes.text(c, "materials.writer", was.writer, writer.get());
        // Only the chosen writer's fields: the others may hold half-typed values.
        if ("openai".equals(writer.get())) {
            Changes.text(c, "materials.openai.base_url", was.openai.base_url, openAiUrl.text());
            Changes.text(c, "materials.openai.model", was.openai.model, openAiModel.text());
        }
        if ("bedrock".equals(writer.get())) {
            Changes.text(c, "materials.bedrock.model", was.bedrock.model, bedrockModel.text());
            Changes.text(c, "materials.bedrock.region", was.bedrock.region, bedrockRegion.text());
        }
        if (Integer.parseInt(timeLimit.text()) != was.time_limit_seconds) {
            c.put("materials.time_limit_seconds", timeLimit.text());
        }
        String key = apiKey.text();
        status.working("Saving…");
        ui.submit(
                () -> {
                    service.secrets().put(PrepWiring.OPENAI_API_KEY, key);
                    PrepConfig saved = c.isEmpty() ? service.read() : service.save(c);
                    return new SettingsSnapshot(
                            saved,
                            Map.of(
                                    PrepWiring.OPENAI_API_KEY,
                                    service.secrets().masked(PrepWiring.OPENAI_API_KEY)),
                            List.of(),
                            null);
                },
                s -> {
                    show(s);
                    status.ok(
                            "Saved. Restart Exec Assistant to use this writer: it is set up when"
                                    + " the app starts.");
                },
                e -> status.failed(Failures.sentence("Not saved", e)));
    }

    public void clearApiKey() {
        ui.submit(
                () -> {
                    service.secrets().remove(PrepWiring.OPENAI_API_KEY);
                    return service.secrets().masked(PrepWiring.OPENAI_API_KEY);
                },
                m -> {
                    keyMask.set(m);
                    status.ok("Removed the API key.");
                },
                e -> status.failed(Failures.sentence("The API key was not removed", e)));
    }

    public StringProperty writerProperty() {
        return writer;
    }

    public SettingField openAiUrl() {
        return openAiUrl;
    }

    public SettingField openAiModel() {
        return openAiModel;
    }

    public SettingField apiKey() {
        return apiKey;
    }

    public SettingField bedrockModel() {
        return bedrockModel;
    }

    public SettingField bedrockRegion() {
        return bedrockRegion;
    }

    public SettingField timeLimit() {
        return timeLimit;
    }

    public ReadOnlyStringProperty apiKeyMaskProperty() {
        return keyMask.getReadOnlyProperty();
    }

    public SectionStatus status() {
        return status;
    }

    /** The last Test's outcome. */
    public SectionStatus testResult() {
        return test;
    }
}
