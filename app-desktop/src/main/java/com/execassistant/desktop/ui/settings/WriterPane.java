package com.execassistant.desktop.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The material writer: which one, its fields, Test and Save. */
final class WriterPane extends VBox {

    WriterPane(WriterViewModel vm) {
        super(10);
        ComboBox<String> writer = new ComboBox<>();
        writer.getItems().setAll(WriterViewModel.WRITERS);
        writer.setId("settings-writer");
        writer.setAccessibleText("Material writer");
        writer.valueProperty().bindBidirectional(vm.writerProperty());
        VBox openAi =
                new VBox(
                        8,
                        Fields.title("OpenAI-compatible server (Ollama, LM Studio, vLLM, OpenAI)"),
                        Fields.field("settings-openai-url", "Address", vm.openAiUrl()),
                        Fields.field("settings-openai-model", "Model", vm.openAiModel()),
                        Fields.labelled(
                                "API key (optional; stored encrypted)",
                                Fields.secret("settings-openai-key", "API key", vm.apiKey()),
                                vm.apiKey().errorProperty(),
                                "settings-openai-key"),
                        Fields.row(
                                new Label("Stored key:"),
                                mask(vm),
                                Fields.button(
                                        "settings-openai-key-clear", "Clear", vm::clearApiKey)));
        VBox bedrock =
                new VBox(
                        8,
                        Fields.title("Amazon Bedrock (credentials from the AWS default chain)"),
                        Fields.field("settings-bedrock-model", "Model id", vm.bedrockModel()),
                        Fields.field("settings-bedrock-region", "Region", vm.bedrockRegion()));
        openAi.visibleProperty().bind(vm.writerProperty().isEqualTo("openai"));
        openAi.managedProperty().bind(openAi.visibleProperty());
        bedrock.visibleProperty().bind(vm.writerProperty().isEqualTo("bedrock"));
        bedrock.managedProperty().bind(bedrock.visibleProperty());
        getChildren()
                .addAll(
                        Fields.note(
                                "The template writer works offline and is always the fallback when"
                                        + " a model fails or is too slow."),
                        new VBox(4, new Label("Writer"), writer),
                        openAi,
                        bedrock,
                        Fields.field(
                                "settings-writer-limit", "Time limit (seconds)", vm.timeLimit()),
                        Fields.row(
                                Fields.button("settings-writer-test", "Test", vm::test),
                                Fields.status("settings-writer-test-result", vm.testResult())),
                        Fields.row(
                                Fields.accent("settings-writer-save", "Save", vm::save),
                                Fields.status("settings-writer-status", vm.status())));
    }

    private static Label mask(WriterViewModel vm) {
        Label l = new Label();
        l.setId("settings-openai-key-mask");
        l.textProperty().bind(vm.apiKeyMaskProperty());
        return l;
    }
}
