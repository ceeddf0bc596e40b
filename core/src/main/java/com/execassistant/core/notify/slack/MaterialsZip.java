package com.execassistant.core.notify.slack;

import com.execassistant.core.notify.Notification;
import com.execassistant.core.notify.NotificationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of a digest's meetings as one zip, a folder per meeting, so a digest is one upload
 * instead of one per meeting. Folder names come from meeting titles, made safe for every file
 * system a user may unpack them on.
 */
final class MaterialsZip {

    static final int NAME_MAX = 60;

    private MaterialsZip() {}

    /** Whether any item has files to send. */
    static boolean needed(List<Notification> items) {
        return items.stream().anyMatch(n -> !n.attachments().isEmpty());
    }

    /** The zip's name as the user sees it in Slack. */
    static String fileName(List<Notification> items) {
        long meetings = items.stream().filter(n -> !n.attachments().isEmpty()).count();
        return "Materials for " + meetings + (meetings == 1 ? " meeting" : " meetings") + ".zip";
    }

    /**
     * The zip's bytes. Every file is read before anything is posted, so a missing one fails the
     * digest before a message announces files that never come.
     *
     * @throws NotificationException when a file cannot be read
     */
    static byte[] build(List<Notification> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> folders = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // Text compresses well at the fastest level; a burst's zip is built while the
            // user waits for the message.
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (Notification n : items) {
                if (n.attachments().isEmpty()) {
                    continue;
                }
                String folder = unique(folders, safe(n.meetingTitle()));
                Set<String> names = new HashSet<>();
                for (Path path : n.attachments()) {
                    zip.putNextEntry(
                            new ZipEntry(
                                    folder
                                            + "/"
                                            + unique(names, safe(path.getFileName().toString()))));
                    zip.write(read(path));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new NotificationException(
                    "The materials could not be zipped: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new NotificationException(
                    "The file " + path.getFileName() + " to send to Slack cannot be read.", e);
        }
    }

    /**
     * A name any file system takes: letters, digits, spaces and {@code . - _ ( )} kept, anything
     * else (slashes, colons, control characters) a hyphen, no leading dot, at most {@link
     * #NAME_MAX} characters.
     */
    static String safe(String name) {
        String s = name == null ? "" : name.strip();
        s = s.replaceAll("[^\\p{L}\\p{N} ._()-]+", "-").replaceAll("\\s+", " ");
        s = s.replaceAll("^[.\\- ]+", "").replaceAll("[. ]+$", "");
        if (s.length() > NAME_MAX) {
            s = s.substring(0, NAME_MAX).strip();
        }
        return s.isEmpty() ? "meeting" : s;
    }

    // Two meetings with one title get "Title (2)": nothing overwrites anything in the zip.
    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            int dot = name.lastIndexOf('.');
            candidate =
                    dot > 0
                            ? name.substring(0, dot) + " (" + i + ")" + name.substring(dot)
                            : name + " (" + i + ")";
        }
        return candidate;
    }
}
