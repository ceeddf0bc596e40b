/**
 * The JavaFX desktop app, cut by feature (timeline, detail, chat, materials, settings, app). Each
 * screen is an {@code XxxView} built in code that binds to an {@code XxxViewModel}; ViewModels hold
 * JavaFX properties but never a Node, and reach the local runtime only through {@link
 * com.execassistant.desktop.ui.app.UiExecutor}, so the FX thread never waits on I/O.
 */
package com.execassistant.desktop.ui;
