package com.execassistant.desktop.cli;

import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.workspace.LocalRuntime;
import java.time.Duration;

/** The prep engine opened for a CLI command, on the command's local runtime. */
final class PrepSession implements AutoCloseable {

    final LocalRuntime local;
    final PrepWiring wiring;
    final SlackWeb slack;
    final PrepRuntime prep;

    private PrepSession(LocalRuntime local) {
        this.local = local;
        this.wiring = PrepWiring.of(local);
        this.slack = wiring.slack().map(SlackWeb::new).orElse(null);
        this.prep = wiring.start(local, slack, Duration.ofMillis(500));
    }

    static PrepSession open(ExecAssistantCommand root) {
        LocalRuntime local = Wiring.open(root);
        try {
            return new PrepSession(local);
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
    }

    @Override
    public void close() {
        prep.close();
        local.close();
    }
}
