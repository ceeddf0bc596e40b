package com.execassistant.desktop.ui.app;

import com.execassistant.desktop.instance.InstanceClient;
import com.execassistant.desktop.workspace.Workspace;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;

/**
 * Starts the desktop app from the classpath. It is not itself an {@link Application}: the JavaFX
 * launcher refuses to start an Application main class when JavaFX is not on the module path.
 */
public final class DesktopLauncher {

    /** What a second launch on the same workspace says before it exits. */
    public static final String ALREADY_OPEN =
            "Exec Assistant is already open on this workspace; its window was brought forward.";

    private DesktopLauncher() {}

    /**
     * Asks the app already open on {@code workspace} (null: the default) to bring its window
     * forward; true when it did, and nothing else should start. Creates nothing on disk.
     */
    public static boolean bringRunningForward(Path workspace) {
        Path root = workspace != null ? workspace : Workspace.defaultRoot();
        return InstanceClient.showRunning(root.toAbsolutePath().normalize())
                == InstanceClient.HandOff.SHOWN;
    }

    public static void main(String[] args) {
        launch(args.length > 0 ? Path.of(args[0]) : null, FirstRun.NONE);
    }

    /** Opens the app on {@code workspace} (null: the default) and returns when it is closed. */
    public static void launch(Path workspace, FirstRun firstRun) {
        DesktopApp.configure(workspace, firstRun);
        Application.launch(DesktopApp.class);
    }

    /**
     * Whether a window can open here: not on a headless JVM, and on Linux only with an X11 or
     * Wayland display (GTK would otherwise abort the JVM with a native error).
     */
    public static boolean canOpenWindow() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            return hasText(System.getenv("DISPLAY")) || hasText(System.getenv("WAYLAND_DISPLAY"));
        }
        return true;
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
