package com.execassistant.desktop.ui.materials;

import atlantafx.base.theme.Styles;
import com.execassistant.desktop.ui.settings.Opener;
import com.execassistant.desktop.ui.settings.SystemOpener;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;

/**
 * The agenda, the questions and the notes, each rendered in a WebView that follows the theme, under
 * which writer made them and the actions (copy, open folder, export).
 */
public final class MaterialsView extends BorderPane {

    public MaterialsView(MaterialsViewModel vm, ObservableBooleanValue dark) {
        MaterialsActionsViewModel actions = vm.actions();
        Opener opener = new SystemOpener();
        Label opening = new Label("Opening the materials...");
        opening.getStyleClass().add(Styles.TEXT_MUTED);
        opening.visibleProperty().bind(vm.readyProperty());
        setCenter(opening);
        // The WebViews (and WebKit with them) come when there are materials to show, once WebKit's
        // library has loaded off the FX thread: a meeting without materials costs no browser.
        Runnable build =
                () ->
                        WebKitLibrary.whenLoaded(
                                () ->
                                        Platform.runLater(
                                                () -> setCenter(documents(vm, dark, opener))));
        if (vm.readyProperty().get()) {
            build.run();
        } else {
            vm.readyProperty()
                    .addListener(
                            new ChangeListener<Boolean>() {
                                @Override
                                public void changed(
                                        ObservableValue<? extends Boolean> o,
                                        Boolean was,
                                        Boolean ready) {
                                    if (ready) {
                                        vm.readyProperty().removeListener(this);
                                        build.run();
                                    }
                                }
                            });
        }

        Label madeBy = new Label();
        madeBy.setId("materials-made-by");
        madeBy.textProperty().bind(vm.madeByProperty());
        madeBy.getStyleClass().add(Styles.TEXT_MUTED);
        madeBy.setWrapText(true);
        Label folder = new Label();
        folder.setId("materials-folder");
        folder.textProperty().bind(vm.folderProperty());
        folder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // A long workspace path keeps its end (the meeting's folder) visible.
        folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        folder.visibleProperty().bind(vm.readyProperty());

        VBox bar =
                new VBox(
                        6,
                        madeBy,
                        new MaterialsActionsBar(actions, vm.readyProperty(), opener, this),
                        folder);
        bar.setPadding(new Insets(8));
        setTop(bar);
    }

    private static TabPane documents(
            MaterialsViewModel vm, ObservableBooleanValue dark, Opener opener) {
        MaterialsActionsViewModel actions = vm.actions();
        Consumer<String> onLink = url -> actions.openLink(url, opener);
        TabPane docs =
                new TabPane(
                        tab(MaterialsTab.AGENDA, vm.agendaHtmlProperty(), dark, onLink),
                        tab(MaterialsTab.QUESTIONS, vm.questionsHtmlProperty(), dark, onLink),
                        tab(MaterialsTab.NOTES, vm.notesHtmlProperty(), dark, onLink));
        docs.setId("materials-tabs");
        docs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        docs.visibleProperty().bind(vm.readyProperty());
        docs.getSelectionModel()
                .selectedItemProperty()
                .addListener(
                        (o, was, now) ->
                                actions.shownTabProperty().set((MaterialsTab) now.getUserData()));
        return docs;
    }

    /** One rendered document; its WebView's id names the tab (materials-agenda, ...). */
    private static Tab tab(
            MaterialsTab which,
            ObservableStringValue html,
            ObservableBooleanValue dark,
            Consumer<String> onLink) {
        WebView view =
                MaterialsWebView.create(
                        "materials-" + which.name().toLowerCase(Locale.ROOT), html, dark, onLink);
        Tab tab = new Tab(which.title(), view);
        tab.setUserData(which);
        return tab;
    }
}
