package com.execassistant.desktop.ui.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size and place between runs (per user, in the Java preferences
 * store), and ignores a remembered place that no longer lies on any screen.
 */
public final class WindowPlacement {

    private final Preferences prefs =
            Preferences.userRoot().node("com/execassistant/desktop/window");

    /** Puts {@code stage} where it was last closed; call before showing it. */
    public void restore(Stage stage) {
        double w = prefs.getDouble("width", 1200);
        double h = prefs.getDouble("height", 760);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    /** Saves the window's place when it closes. */
    public void rememberOnClose(Stage stage) {
        stage.setOnHiding(
                e -> {
                    prefs.putBoolean("maximized", stage.isMaximized());
                    if (!stage.isMaximized()) {
                        prefs.putDouble("x", stage.getX());
                        prefs.putDouble("y", stage.getY());
                        prefs.putDouble("width", stage.getWidth());
                        prefs.putDouble("height", stage.getHeight());
                    }
                });
    }
}
