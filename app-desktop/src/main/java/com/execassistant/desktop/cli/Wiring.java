package com.execassistant.desktop.cli;

import com.execassistant.core.config.ConfigLoader;
import com.execassistant.core.config.Configuration;
import com.execassistant.desktop.workspace.LocalRuntime;
import com.execassistant.desktop.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;

/** How commands reach configuration and the local runtime. */
final class Wiring {

    private Wiring() {}

    /**
     * The configuration, with the workspace's overrides when the workspace exists. Reading never
     * creates the workspace, so {@code classify} works on a machine that has none.
     */
    static Configuration readConfig(ExecAssistantCommand root) {
        Path ws = root.workspace() != null ? root.workspace() : Workspace.defaultRoot();
        return Files.isDirectory(ws)
                ? ConfigLoader.forWorkspace(ws).load()
                : ConfigLoader.builtIn().load();
    }

    static LocalRuntime open(ExecAssistantCommand root) {
        return LocalRuntime.open(Workspace.open(root.workspace()));
    }
}
