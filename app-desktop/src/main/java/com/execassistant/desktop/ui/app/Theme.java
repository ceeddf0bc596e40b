package com.execassistant.desktop.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer, light or dark, plus the app's few style additions. */
public final class Theme {

    private static final String APP_CSS =
            Theme.class.getResource("/com/execassistant/desktop/ui/app.css").toExternalForm();

    private Theme() {}

    /** Applies the theme app-wide; call on the FX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(
                dark
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }

    public static void addAppStyles(Scene scene) {
        scene.getStylesheets().add(APP_CSS);
    }
}
