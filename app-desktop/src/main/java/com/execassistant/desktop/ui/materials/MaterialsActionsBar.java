package com.execassistant.desktop.ui.materials;

import atlantafx.base.theme.Styles;
import com.execassistant.desktop.ui.settings.Opener;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Copy, Open folder, Export (to a folder or as a .zip) and, where no file manager can be opened,
 * Copy path; under them the outcome of the last action in one sentence. The dialogs live here; what
 * they answer goes to the ViewModel.
 */
final class MaterialsActionsBar extends VBox {

    MaterialsActionsBar(
            MaterialsActionsViewModel vm, ObservableBooleanValue ready, Opener opener, Node owner) {
        super(6);
        MaterialsClipboard clipboard = new FxClipboard();
        Button copy = button("materials-copy", "Copy", ready);
        copy.setOnAction(e -> vm.copy(clipboard));
        Button open = button("materials-open-folder", "Open folder", ready);
        open.setOnAction(e -> vm.openFolder(opener));

        MenuItem toFolder = new MenuItem("To a folder…");
        toFolder.setId("materials-export-folder");
        toFolder.setOnAction(e -> chooseFolder(vm, window(owner)));
        MenuItem toZip = new MenuItem("As a .zip…");
        toZip.setId("materials-export-zip");
        toZip.setOnAction(e -> chooseZip(vm, window(owner)));
        MenuButton export = new MenuButton("Export", null, toFolder, toZip);
        export.setId("materials-export");
        export.disableProperty().bind(vm.exportingProperty().or(not(ready)));
        export.setMinWidth(Region.USE_PREF_SIZE);

        Button copyPath = new Button("Copy path");
        copyPath.setId("materials-copy-path");
        copyPath.visibleProperty().bind(vm.pathOfferedProperty());
        copyPath.managedProperty().bind(copyPath.visibleProperty());
        copyPath.setOnAction(e -> vm.copyPath(clipboard));
        copyPath.setMinWidth(Region.USE_PREF_SIZE);

        Label message = new Label();
        message.setId("materials-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty()
                .addListener(
                        (o, was, error) ->
                                message.pseudoClassStateChanged(Styles.STATE_DANGER, error));
        // Its own line: a long sentence (a path) wraps there and never pushes the buttons away.
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        HBox buttons = new HBox(8, copy, open, export, copyPath);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, message);
    }

    private static void chooseFolder(MaterialsActionsViewModel vm, Window window) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export the materials into a folder");
        File dir = chooser.showDialog(window);
        if (dir != null) {
            vm.exportToFolder(dir.toPath());
        }
    }

    private static void chooseZip(MaterialsActionsViewModel vm, Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the materials as a .zip");
        chooser.setInitialFileName(vm.suggestedZipName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archive", "*.zip"));
        File file = chooser.showSaveDialog(window);
        if (file != null) {
            Path p = file.toPath();
            vm.exportToZip(
                    p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                            ? p
                            : p.resolveSibling(p.getFileName() + ".zip"));
        }
    }

    private static Button button(String id, String text, ObservableBooleanValue ready) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(not(ready));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static javafx.beans.binding.BooleanBinding not(ObservableBooleanValue v) {
        return javafx.beans.binding.Bindings.not(v);
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
