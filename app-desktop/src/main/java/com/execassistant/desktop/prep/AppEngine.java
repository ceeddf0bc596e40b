package com.execassistant.desktop.prep;

import com.execassistant.core.notify.slack.SlackWeb;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The prep engine as the desktop app runs it: started once the first screen shows, with Slack's
 * listener beside it (retried while Slack cannot be reached) and old materials removed at start.
 */
public final class AppEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppEngine.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

    private final PrepRuntime prep;
    private final SlackWeb slack;
    private final Duration retention;
    private final Duration firstRetry;
    private final AtomicBoolean started = new AtomicBoolean();
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().daemon().name("slack-listener-retry").unstarted(r));
    private SlackInbound inbound;
    private boolean closed;

    /**
     * @param slack the Slack client, or null when Slack is not set up
     * @param retention how long materials are kept
     */
    public AppEngine(PrepRuntime prep, SlackWeb slack, Duration retention) {
        this(prep, slack, retention, FIRST_RETRY);
    }

    AppEngine(PrepRuntime prep, SlackWeb slack, Duration retention, Duration firstRetry) {
        this.prep = prep;
        this.slack = slack;
        this.retention = retention;
        this.firstRetry = firstRetry;
    }

    /**
     * Starts the prep engine (which takes the calendar changes stored meanwhile), listens to
     * Slack's buttons and replies when Slack is set up, and removes materials past their retention.
     * Safe to call again: only the first call does anything.
     *
     * @return whether this call started the engine
     */
    public boolean start() {
        if (!started.compareAndSet(false, true)) {
            return false;
        }
        // A failed start is not tried again in this session: a half-started engine (its
        // scheduler polling) must not be started twice. The app says so and a restart retries.
        prep.start();
        try {
            prep.materials().removeOlderThan(retention);
        } catch (RuntimeException e) {
            // Old files staying a day longer harms nobody; the engine must start regardless.
            LOG.warn("Old materials could not be removed: {}", e.getMessage());
        }
        // Slack is dialled off this thread: a slow network must not hold up the window.
        retries.execute(() -> listenToSlack(firstRetry));
        return true;
    }

    /**
     * Starts Slack's listener; when Slack cannot be reached (an app started at login before the
     * network is up), tries again later, waiting twice as long each time up to ten minutes.
     */
    private void listenToSlack(Duration wait) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            // Connected outside the lock, so quitting never waits on a hung connection.
            SlackInbound connected = SlackInbound.startIfConfigured(slack, prep);
            boolean keep;
            synchronized (this) {
                keep = !closed;
                if (keep) {
                    inbound = connected;
                }
            }
            if (!keep && connected != null) {
                connected.close();
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Slack's buttons and replies are not reachable yet ({}); trying again in {} s",
                    e.getMessage(),
                    wait.toSeconds());
            Duration twice = wait.multipliedBy(2);
            Duration next = twice.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : twice;
            try {
                retries.schedule(() -> listenToSlack(next), wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The app is quitting; nothing to retry.
            }
        }
    }

    /** Whether Slack's listener is connected (false when Slack is not set up). */
    public synchronized boolean listeningToSlack() {
        return inbound != null;
    }

    @Override
    public void close() {
        SlackInbound listening;
        synchronized (this) {
            closed = true;
            listening = inbound;
        }
        retries.shutdownNow();
        if (listening != null) {
            listening.close();
        }
        prep.close();
    }
}
