package com.execassistant.desktop.ui.chat;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The prep chat: the questions and answers so far, then an answer box with Skip and Done. */
public final class ChatView extends BorderPane {

    private final VBox bubbles = new VBox(8);

    public ChatView(ChatViewModel vm) {
        bubbles.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(bubbles);
        scroll.setFitToWidth(true);
        scroll.setId("chat-lines");
        vm.lines()
                .addListener(
                        (ListChangeListener<ChatLine>)
                                c -> {
                                    redraw(vm);
                                    scroll.setVvalue(1.0);
                                });
        redraw(vm);

        Label progress = new Label();
        progress.setId("chat-progress");
        progress.textProperty().bind(vm.progressProperty());
        progress.getStyleClass().add(Styles.TEXT_MUTED);

        TextField answer = new TextField();
        answer.setId("chat-answer");
        answer.setPromptText("Type your answer, then Enter");
        answer.setAccessibleText("Your answer");
        answer.textProperty().bindBidirectional(vm.answerProperty());
        answer.disableProperty().bind(vm.canAnswerProperty().not());
        answer.setOnAction(e -> vm.send());
        HBox.setHgrow(answer, Priority.ALWAYS);

        Button send = new Button("Send");
        send.setId("chat-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(vm.canAnswerProperty().not().or(vm.sendingProperty()));
        send.setOnAction(e -> vm.send());
        Button skip = new Button("Skip");
        skip.setId("chat-skip");
        skip.disableProperty().bind(send.disableProperty());
        skip.setOnAction(e -> vm.skip());
        Button done = new Button("Done");
        done.setId("chat-done");
        done.disableProperty().bind(send.disableProperty());
        done.setOnAction(e -> vm.done());

        HBox box = new HBox(8, answer, skip, done, send);
        box.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(4, progress, box);
        bottom.setPadding(new Insets(8));
        setCenter(scroll);
        setBottom(bottom);
    }

    private void redraw(ChatViewModel vm) {
        bubbles.getChildren().clear();
        for (ChatLine line : vm.lines()) {
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.setMaxWidth(520);
            text.setPadding(new Insets(6, 10, 6, 10));
            text.getStyleClass().add(line.who() == ChatLine.Who.YOU ? "bubble-you" : "bubble-bot");
            HBox row = new HBox(text);
            row.setAlignment(line.who() == ChatLine.Who.YOU ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            bubbles.getChildren().add(row);
        }
    }
}
