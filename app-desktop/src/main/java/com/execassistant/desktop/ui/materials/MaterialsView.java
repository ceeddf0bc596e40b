package com.execassistant.desktop.ui.materials;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.web.WebView;

/** The agenda rendered in a WebView, then the questions and notes, with Copy. */
public final class MaterialsView extends BorderPane {

    public MaterialsView(MaterialsViewModel vm) {
        WebView agenda = new WebView();
        agenda.setId("materials-agenda");
        agenda.setContextMenuEnabled(false);
        vm.agendaHtmlProperty()
                .addListener((o, a, html) -> agenda.getEngine().loadContent(html, "text/html"));

        TextArea questions = text("materials-questions", vm.questionsProperty().get());
        questions.textProperty().bind(vm.questionsProperty());
        TextArea notes = text("materials-notes", vm.notesProperty().get());
        notes.textProperty().bind(vm.notesProperty());

        TabPane docs =
                new TabPane(
                        new Tab("Agenda", agenda),
                        new Tab("Questions", questions),
                        new Tab("Notes", notes));
        docs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        docs.visibleProperty().bind(vm.readyProperty());

        Label madeBy = new Label();
        madeBy.setId("materials-made-by");
        madeBy.textProperty().bind(vm.madeByProperty());
        madeBy.getStyleClass().add(Styles.TEXT_MUTED);
        madeBy.setWrapText(true);
        Button copy = new Button("Copy notes");
        copy.disableProperty().bind(vm.readyProperty().not());
        copy.setOnAction(
                e -> {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(vm.notesProperty().get());
                    Clipboard.getSystemClipboard().setContent(c);
                });
        Label folder = new Label();
        folder.textProperty().bind(vm.folderProperty());
        folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // A long workspace path keeps its end (the meeting's folder) visible.
        folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox actions = new HBox(12, copy, folder);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(6, madeBy, actions);
        bar.setPadding(new Insets(8));
        setTop(bar);
        setCenter(docs);
    }

    private static TextArea text(String id, String initial) {
        TextArea t = new TextArea(initial);
        t.setId(id);
        t.setEditable(false);
        t.setWrapText(true);
        return t;
    }
}
