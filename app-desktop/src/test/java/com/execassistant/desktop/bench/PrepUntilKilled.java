package com.execassistant.desktop.bench;

import com.execassistant.core.config.ConfigLoader;
import com.execassistant.desktop.prep.PrepRuntime;
import com.execassistant.desktop.store.Database;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link PrepKillTest}: the embedded engine on a workspace whose meetings fall
 * due together, telling a Slack fake in the parent, with a user answering every open Q&A, until it
 * is killed.
 */
final class PrepUntilKilled {

    private PrepUntilKilled() {}

    /**
     * @param args the database file, the Slack fake's address, the materials folder, how many
     *     meetings
     */
    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        PrepRuntime runtime =
                new PrepRuntime(
                        db,
                        ConfigLoader.builtIn().load(),
                        Clock.systemUTC(),
                        PrepBench.options(
                                PrepBench.Options.of(
                                        Integer.parseInt(args[3]), PrepKillTest.CONTEXT),
                                URI.create(args[1]),
                                Path.of(args[2])));
        runtime.start();
        while (true) {
            PrepKillTest.answerOpenQuestions(runtime);
            Thread.sleep(10);
        }
    }
}
