package com.execassistant.desktop.cli;

import com.execassistant.desktop.ui.bench.StartupBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bench startup}: the desktop app's launch time and resident memory. */
@Command(
        name = "startup",
        description =
                "Measure the desktop app: launch to an interactive timeline with 1,000 stored"
                        + " meetings, and resident memory with 10,000 (needs a display, e.g."
                        + " xvfb-run).")
final class BenchStartupCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        StartupBench.main(new String[0]);
        return 0;
    }
}
