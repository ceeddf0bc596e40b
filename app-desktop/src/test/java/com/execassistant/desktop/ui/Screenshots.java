package com.execassistant.desktop.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a PNG of a scene for reviewers. Converted by hand rather than through javafx.swing, which
 * would be a dependency for this alone.
 */
public final class Screenshots {

    private static final Path DIR =
            Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private Screenshots() {}

    /** Snapshots {@code scene} to {@code name}.png; call on the FX thread. */
    public static Path write(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
