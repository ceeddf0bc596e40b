package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.NotificationException;
import com.execassistant.core.notify.UserActions;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.response.AckResponse;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the user's button clicks and DM replies over Slack Socket Mode, which needs no public
 * URL (a laptop has none): the app opens a WebSocket to Slack with its app-level token. Every
 * envelope is acknowledged at once (Slack wants it within 3 s; only the in-memory decision of what
 * it asks for comes first) and the resulting call then runs on {@code work}. When the socket drops,
 * the SDK's session monitor asks Slack for a new URL and reconnects.
 */
public final class SlackSocketModeListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketModeListener.class);

    private final SlackWeb web;
    private final SlackInbound inbound;
    private final Executor work;
    private SocketModeClient client;

    /**
     * @param web the Web API client; its settings' app token and user id are used
     * @param actions where clicks and replies go
     * @param work runs the {@link UserActions} calls, off the socket's threads
     */
    public SlackSocketModeListener(SlackWeb web, UserActions actions, Executor work) {
        this.web = web;
        this.inbound = new SlackInbound(actions, web.settings().userId());
        this.work = work;
    }

    /**
     * Opens the connection (apps.connections.open, then the WebSocket) and starts receiving.
     *
     * @throws NotificationException when there is no app token or Slack refuses the connection
     */
    public synchronized void start() {
        if (client != null) {
            return;
        }
        SlackSettings settings = web.settings();
        if (!settings.canListen()) {
            throw new NotificationException(
                    "Slack Socket Mode is not set up: an app-level token (xapp-...) and the"
                            + " user's Slack member id are needed.");
        }
        SocketModeClient opened = open(settings.appToken());
        opened.addInteractiveEnvelopeListener(
                envelope -> {
                    var call = inbound.interactive(envelope.getEnvelopeId(), envelope.getPayload());
                    ack(opened, envelope.getEnvelopeId());
                    call.ifPresent(work::execute);
                });
        opened.addEventsApiEnvelopeListener(
                envelope -> {
                    var call = inbound.event(envelope.getEnvelopeId(), envelope.getPayload());
                    ack(opened, envelope.getEnvelopeId());
                    call.ifPresent(work::execute);
                });
        try {
            opened.connect();
        } catch (IOException e) {
            closeQuietly(opened);
            throw new NotificationException(
                    "Could not connect to Slack Socket Mode: " + e.getMessage(), e);
        }
        client = opened;
    }

    // apps.connections.open through SlackWeb for plain errors; the SDK asks again on reconnects.
    private SocketModeClient open(String appToken) {
        String url =
                web.call(
                                "the Socket Mode connection",
                                "apps.connections.open",
                                () -> web.methods().appsConnectionsOpen(r -> r.token(appToken)))
                        .getUrl();
        try {
            return new SocketModeClientJavaWSImpl(web.slack(), appToken, url);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new NotificationException(
                    "Slack gave an unusable Socket Mode address: " + url, e);
        }
    }

    private static void ack(SocketModeClient client, String envelopeId) {
        if (envelopeId == null) {
            return;
        }
        try {
            client.sendSocketModeResponse(new AckResponse(envelopeId));
        } catch (RuntimeException e) {
            // Slack will redeliver; the redelivery is handled (the first copy too, if new).
            LOG.warn("Could not acknowledge Slack envelope {}: {}", envelopeId, e.toString());
        }
    }

    /** Whether {@link #start} has connected and {@link #close} has not been called. */
    public synchronized boolean started() {
        return client != null;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            closeQuietly(client);
            client = null;
        }
    }

    private static void closeQuietly(SocketModeClient c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the Slack Socket Mode client: {}", e.toString());
        }
    }
}
