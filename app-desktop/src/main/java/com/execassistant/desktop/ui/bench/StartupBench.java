package com.execassistant.desktop.ui.bench;

import com.execassistant.desktop.ui.app.DesktopBackend;
import com.execassistant.desktop.ui.app.DesktopLauncher;
import com.execassistant.desktop.ui.app.FirstRun;
import com.execassistant.desktop.ui.app.FxThreadWatch;
import com.execassistant.desktop.ui.app.FxUiExecutor;
import com.execassistant.desktop.ui.app.MainView;
import com.execassistant.desktop.ui.app.MainWindow;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

/**
 * Startup benchmark (prints figures; nothing passes or fails): the time from starting a fresh JVM
 * to a timeline showing 1,000 stored meetings, and the resident memory once 10,000 are loaded.
 * Needs a display (a desktop session, or {@code xvfb-run}).
 */
public final class StartupBench {

    private static final java.util.concurrent.atomic.AtomicBoolean finished =
            new java.util.concurrent.atomic.AtomicBoolean();

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("child")) {
            child(Path.of(args[1]));
            return;
        }
        if (!DesktopLauncher.canOpenWindow()) {
            System.out.println(
                    "No display here: run the benchmark in a desktop session or xvfb-run.");
            return;
        }
        Path template = Files.createTempDirectory("exec-assistant-startup-bench");
        try (DesktopBackend b = DesktopBackend.open(template, Clock.systemUTC())) {
            new GeneratedCalendar("a", 1_000, b.now()).importInto(b.local(), "bench-a");
            b.sync(); // the engine takes the calendar events now, as a running app would have
        }
        List<String> jvm = desktopJvmOptions();
        System.out.println("App JVM options: " + String.join(" ", jvm));
        // The first launch writes the class cache at its exit, as a user's first run does; every
        // later launch starts from it. Both are shown; the later one is the figure.
        System.out.println("First launch (no class cache yet): " + classCacheOptions());
        launch(jvm, copy(template));
        System.out.println("Later launches (class cache in place): " + classCacheOptions());
        launch(jvm, copy(template));
    }

    /**
     * The options the launcher gives the desktop app (it exports them), so the figures are the
     * app's; run directly, the benchmark's own options are used.
     */
    private static List<String> desktopJvmOptions() {
        String fromLauncher = System.getenv("EXEC_ASSISTANT_DESKTOP_JAVA_OPTS");
        if (fromLauncher == null || fromLauncher.isBlank()) {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        }
        return fromLauncher.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * The class cache options for one launch, as the launcher chooses them: on JDK 25+ an AOT cache
     * (written by a launch that finds none, used by the next), before that a CDS archive.
     */
    private static List<String> classCacheOptions() {
        String cache = System.getenv("EXEC_ASSISTANT_CLASS_CACHE");
        if (cache == null || cache.isBlank()) {
            return List.of();
        }
        if ("aot".equals(System.getenv("EXEC_ASSISTANT_CLASS_CACHE_KIND"))) {
            return List.of(
                    Files.isRegularFile(Path.of(cache))
                            ? "-XX:AOTCache=" + cache
                            : "-XX:AOTCacheOutput=" + cache,
                    "-Xlog:aot=off",
                    "-Xlog:cds=off");
        }
        return List.of("-XX:SharedArchiveFile=" + cache, "-XX:+AutoCreateSharedArchive");
    }

    /** A fresh copy of the filled workspace: each launch then finds 1,000 meetings, not more. */
    private static Path copy(Path template) throws java.io.IOException {
        Path dir = Files.createTempDirectory("exec-assistant-startup-launch");
        try (var paths = Files.walk(template)) {
            for (Path from : (Iterable<Path>) paths::iterator) {
                Path to = dir.resolve(template.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return dir;
    }

    private static void launch(List<String> jvm, Path dir) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(classCacheOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(StartupBench.class.getName(), "child", dir.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("phase ")) {
                    String[] f = line.split(" ");
                    System.out.printf("  %-30s %6s ms after the JVM's main began%n", f[1], f[2]);
                }
                if (line.equals("interactive")) {
                    System.out.printf(
                            "  Launch to an interactive timeline with 1,000 stored meetings: %d"
                                    + " ms%n",
                            (System.nanoTime() - t0) / 1_000_000);
                } else if (line.startsWith("cpu ")) {
                    System.out.printf(
                            "  CPU used by the app until then: %s ms (both cores together)%n",
                            line.substring(4));
                } else if (line.startsWith("rss ")) {
                    System.out.printf(
                            "  Resident memory with 10,000 meetings loaded: %d MB%n",
                            Long.parseLong(line.substring(4)) / 1024);
                }
            }
        }
        p.waitFor();
    }

    /** The measured JVM: opens the app's window, says when the rows show, then loads 10,000. */
    private static void child(Path dir) {
        long t0 = System.nanoTime();
        // As DesktopApp does: the toolkit starts, then the workspace opens.
        Platform.startup(() -> {});
        System.out.println("phase toolkit-started " + (System.nanoTime() - t0) / 1_000_000);
        DesktopBackend backend = DesktopBackend.openStopped(dir, Clock.systemUTC());
        System.out.println("phase workspace-open " + (System.nanoTime() - t0) / 1_000_000);
        FxUiExecutor ui = new FxUiExecutor(new FxThreadWatch());
        Platform.runLater(
                () -> {
                    MainView view = MainWindow.show(new Stage(), backend, ui, FirstRun.NONE);
                    System.out.println(
                            "phase window-shown " + (System.nanoTime() - t0) / 1_000_000);
                    var items = view.viewModel().timeline().items();
                    items.addListener(
                            new ListChangeListener<Object>() {
                                @Override
                                public void onChanged(Change<?> c) {
                                    if (!items.isEmpty()) {
                                        System.out.println(
                                                "phase rows-loaded "
                                                        + (System.nanoTime() - t0) / 1_000_000);
                                        items.removeListener(this);
                                        afterNextPulse(() -> interactive(view, backend));
                                    }
                                }
                            });
                });
    }

    private static void interactive(MainView view, DesktopBackend backend) {
        System.out.println("cpu " + processCpuMillis());
        System.out.println("interactive");
        Thread.ofPlatform()
                .start(
                        () -> {
                            new GeneratedCalendar("b", 9_000, backend.now())
                                    .importInto(backend.local(), "bench-b");
                            Platform.runLater(
                                    () -> {
                                        var vm = view.viewModel().timeline();
                                        vm.items()
                                                .addListener(
                                                        (ListChangeListener<Object>)
                                                                c -> {
                                                                    if (vm.rowsShown().size()
                                                                            >= 10_000) {
                                                                        afterNextPulse(
                                                                                () ->
                                                                                        done(
                                                                                                backend));
                                                                    }
                                                                });
                                        vm.load();
                                    });
                        });
    }

    /**
     * The app as it sits on screen with 10,000 meetings: after a collection and two idle seconds,
     * in which the collector hands the heap it no longer needs back to the system (G1 does that on
     * a background thread, so reading at once would count memory already being returned).
     */
    private static void done(DesktopBackend backend) {
        if (!finished.compareAndSet(false, true)) {
            return; // the rows may change again while the figure is taken
        }
        System.gc();
        Thread.ofPlatform()
                .start(
                        () -> {
                            try {
                                Thread.sleep(2_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            System.out.println("rss " + residentKb());
                            Platform.runLater(
                                    () -> {
                                        Platform.exit();
                                        backend.close();
                                        System.exit(0);
                                    });
                        });
    }

    /** Runs {@code then} once a pulse has laid out and drawn what changed. */
    private static void afterNextPulse(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** CPU time, since figures in wall time move with whatever else the machine runs. */
    private static long processCpuMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime() / 1_000_000
                : -1;
    }

    private static long residentKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")))
                    .findFirst()
                    .orElse(-1L);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
