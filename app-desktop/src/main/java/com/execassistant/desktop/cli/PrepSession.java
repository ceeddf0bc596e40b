package com.execassistant.desktop.cli;

import com.execassistant.core.notify.slack.SlackWeb;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.prep.PrepWiring;
import com.execassistant.desktop.prep.config.PrepConfigLoader;
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
        this.wiring =
                new PrepWiring(
                        PrepConfigLoader.load(local.workspace().root()),
                        local.sources().vault(),
                        local.workspace().root(),
                        local.clock());
        this.slack = wiring.slack().map(SlackWeb::new).orElse(null);
        this.prep =
                new PrepRuntime(
                        local.database(),
                        local.config(),
                        local.clock(),
                        wiring.options(wiring.channels(slack), Duration.ofMillis(500)));
    }

    static PrepSession open(ExecAssistantCommand root) {
        LocalRuntime local = Wiring.open(root);
        try {
            PrepSession s = new PrepSession(local);
            s.prep.start();
            return s;
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
