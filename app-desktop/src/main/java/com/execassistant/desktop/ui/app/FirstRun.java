package com.execassistant.desktop.ui.app;

import com.execassistant.desktop.workspace.LocalRuntime;

/**
 * The first-run demo as the app sees it: a workspace with no account gets sample data, clearly
 * labelled, that the user can leave. Behind this interface so the app does not depend on how the
 * demo is built; every method is called off the FX thread.
 */
public interface FirstRun {

    /** Whether the workspace holds the demo data. */
    boolean isDemo(LocalRuntime runtime);

    /** Fills an empty workspace with the demo calendar and context. */
    void createDemo(LocalRuntime runtime);

    /** Removes every trace of the demo. */
    void removeDemo(LocalRuntime runtime);

    /** No demo: an empty workspace stays empty and shows how to connect a calendar. */
    FirstRun NONE =
            new FirstRun() {
                @Override
                public boolean isDemo(LocalRuntime runtime) {
                    return false;
                }

                @Override
                public void createDemo(LocalRuntime runtime) {}

                @Override
                public void removeDemo(LocalRuntime runtime) {}
            };
}
