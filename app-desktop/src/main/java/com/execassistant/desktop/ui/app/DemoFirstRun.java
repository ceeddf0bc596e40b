package com.execassistant.desktop.ui.app;

import com.execassistant.desktop.demo.DemoWorkspace;
import com.execassistant.desktop.workspace.LocalRuntime;

/** The app's first run with no account: the demo workspace (and the way out of it). */
public final class DemoFirstRun implements FirstRun {

    @Override
    public boolean isDemo(LocalRuntime runtime) {
        return DemoWorkspace.isDemo(runtime);
    }

    @Override
    public void createDemo(LocalRuntime runtime) {
        DemoWorkspace.create(runtime);
    }

    @Override
    public void removeDemo(LocalRuntime runtime) {
        DemoWorkspace.remove(runtime);
    }
}
