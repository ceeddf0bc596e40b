package com.execassistant.desktop.ui.materials;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Copies a run's three material files to a place the user chose: a new folder inside the chosen
 * one, or a .zip. Everything is written under a temporary name beside the target and moved into
 * place at the end, so a failure (no space, no permission) never leaves half an export behind.
 * Blocking I/O: call it through the UiExecutor.
 */
public final class MaterialsExport {

    private MaterialsExport() {}

    /**
     * Writes the files into a new folder {@code name} inside {@code parent}; if that name is taken,
     * "name (2)", "name (3)" and so on, so an earlier export is never overwritten.
     *
     * @return the folder written
     */
    public static Path toFolder(Path source, Path parent, String name) throws IOException {
        requireSources(source);
        Path tmp = Files.createTempDirectory(parent, ".export-");
        try {
            for (MaterialsTab tab : MaterialsTab.values()) {
                Files.copy(source.resolve(tab.fileName()), tmp.resolve(tab.fileName()));
            }
            for (int n = 1; ; n++) {
                Path target = parent.resolve(n == 1 ? name : name + " (" + n + ")");
                if (Files.exists(target)) {
                    continue;
                }
                try {
                    return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    // Another program took the name between the check and the move: try the next.
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /**
     * Writes the files into the .zip {@code target}, replacing it if it exists (the save dialog has
     * asked the user already).
     *
     * @return the .zip written
     */
    public static Path toZip(Path source, Path target) throws IOException {
        requireSources(source);
        Path parent = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".export-", ".zip.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (MaterialsTab tab : MaterialsTab.values()) {
                    zip.putNextEntry(new ZipEntry(tab.fileName()));
                    Files.copy(source.resolve(tab.fileName()), zip);
                    zip.closeEntry();
                }
            }
            return Files.move(
                    tmp,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * A folder or file name for a meeting's export, e.g. "1-1 Dana - Lee 2026-11-24": characters
     * that some file systems refuse become a dash.
     */
    public static String name(String title, java.time.LocalDate day) {
        String t = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-");
        t = t.replaceAll("^[.\\s-]+", "").replaceAll("[.\\s]+$", "").strip();
        String base = t.isEmpty() ? "Materials" : t.length() > 80 ? t.substring(0, 80).strip() : t;
        return day == null ? base : base + " " + day;
    }

    /** Checked first, so a missing source is reported as such and nothing is created. */
    private static void requireSources(Path source) throws IOException {
        for (MaterialsTab tab : MaterialsTab.values()) {
            if (!Files.isRegularFile(source.resolve(tab.fileName()))) {
                throw new MissingMaterialsException(source.resolve(tab.fileName()));
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: the failure being reported matters more than a stray temp folder.
        }
    }

    /** The run's materials are no longer on disk (cleaned up by retention, or deleted). */
    public static final class MissingMaterialsException extends NoSuchFileException {
        MissingMaterialsException(Path file) {
            super(file.toString());
        }
    }
}
