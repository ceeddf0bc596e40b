package com.execassistant.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a user's configuration file into a workspace folder for tests. */
final class Workspaces {

    private Workspaces() {}

    static Path write(Path workspace, String fileName, String text) {
        try {
            Path file = workspace.resolve("config").resolve(fileName);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
