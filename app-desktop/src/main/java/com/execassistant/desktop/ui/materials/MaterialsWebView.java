package com.execassistant.desktop.ui.materials;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;

/**
 * A WebView for one materials document that cannot be turned against the user: JavaScript is off, a
 * click on a link is handed to {@code onLink} (the system browser) instead of navigating, and if
 * anything navigates all the same the document is put back. Its colours follow the app's theme
 * through a user style sheet, so a theme switch restyles without reloading.
 */
final class MaterialsWebView {

    private static final String LIGHT = css("materials-light.css");
    private static final String DARK = css("materials-dark.css");

    private MaterialsWebView() {}

    static WebView create(
            String id,
            ObservableStringValue html,
            ObservableBooleanValue dark,
            Consumer<String> onLink) {
        WebView view = new WebView();
        view.setId(id);
        view.setContextMenuEnabled(false);
        WebEngine engine = view.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setUserStyleSheetLocation(dark.get() ? DARK : LIGHT);
        dark.addListener((o, was, on) -> engine.setUserStyleSheetLocation(on ? DARK : LIGHT));
        html.addListener((o, was, now) -> engine.loadContent(now, "text/html"));
        if (!html.get().isEmpty()) {
            engine.loadContent(html.get(), "text/html");
        }
        engine.getLoadWorker()
                .stateProperty()
                .addListener(
                        (o, was, state) -> {
                            if (state == Worker.State.SUCCEEDED) {
                                interceptLinks(engine, onLink);
                            }
                        });
        engine.locationProperty()
                .addListener(
                        (o, was, location) -> {
                            if (!ours(location)) {
                                // A navigation got past the click handler: back to the document.
                                Platform.runLater(
                                        () -> engine.loadContent(html.get(), "text/html"));
                                onLink.accept(location);
                            }
                        });
        return view;
    }

    private static void interceptLinks(WebEngine engine, Consumer<String> onLink) {
        if (engine.getDocument() == null) {
            return;
        }
        NodeList links = engine.getDocument().getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            ((EventTarget) a)
                    .addEventListener(
                            "click",
                            e -> {
                                e.preventDefault();
                                String href = a.getAttribute("href");
                                if (href != null && !href.isBlank()) {
                                    onLink.accept(href);
                                }
                            },
                            false);
        }
    }

    /** Content loaded with loadContent has no address of its own. */
    private static boolean ours(String location) {
        return location == null || location.isEmpty() || "about:blank".equals(location);
    }

    private static String css(String name) {
        return MaterialsWebView.class
                .getResource("/com/execassistant/desktop/ui/" + name)
                .toExternalForm();
    }
}
