package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExportFailuresTest {

    private static final Path TARGET = Path.of("/media/usb/qbr.zip");

    @Test
    void aFullDiskSaysToFreeSpaceOrChooseAnotherPlace() {
        String s = ExportFailures.sentence(TARGET, new IOException("No space left on device"));

        assertThat(s)
                .isEqualTo(
                        "There is not enough free space to export to /media/usb/qbr.zip. Free"
                                + " some space or choose another place; nothing was written.");
    }

    @Test
    void aRefusedWriteSaysToChooseAPlaceYouCanWriteTo() {
        String s =
                ExportFailures.sentence(
                        TARGET, new AccessDeniedException("/media/usb/.export-1.zip.tmp"));

        assertThat(s)
                .isEqualTo(
                        "You may not write to /media/usb/qbr.zip. Choose a place you can write"
                                + " to; nothing was written.");
    }

    @Test
    void aReadOnlyDiskCountsAsARefusedWrite() {
        String s =
                ExportFailures.sentence(
                        TARGET,
                        new FileSystemException("/media/usb/x", null, "Read-only file system"));

        assertThat(s).startsWith("You may not write to /media/usb/qbr.zip.");
    }

    @Test
    void anyOtherFileSystemFailureGivesItsReasonInOneSentence() {
        String s =
                ExportFailures.sentence(
                        TARGET, new FileSystemException("/media/usb/x", null, "Is a directory"));

        assertThat(s)
                .isEqualTo(
                        "The materials could not be exported to /media/usb/qbr.zip: Is a"
                                + " directory. Nothing was written.");
    }
}
