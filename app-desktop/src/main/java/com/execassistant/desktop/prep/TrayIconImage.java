package com.execassistant.desktop.prep;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;

/**
 * The app's tray icon, drawn rather than shipped: a rounded square in the app's accent colour with
 * "EA" in white, at every size a tray asks for (16 px up to 64 px for high-density screens).
 */
public final class TrayIconImage {

    /** The accent of the AtlantaFX Primer theme, so the icon matches the window. */
    public static final Color ACCENT = new Color(0x09, 0x69, 0xDA);

    static final int[] SIZES = {16, 20, 22, 24, 32, 40, 48, 64};

    private TrayIconImage() {}

    /** Every size in one image; the tray picks the variant that fits its scale. */
    public static Image image() {
        Image[] variants = new Image[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            variants[i] = draw(SIZES[i]);
        }
        return new BaseMultiResolutionImage(variants);
    }

    /** The icon at {@code size} x {@code size} pixels, transparent outside the rounded square. */
    public static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int inset = Math.max(1, size / 16);
            int side = size - 2 * inset;
            int arc = Math.max(4, size / 3);
            g.setColor(ACCENT);
            g.fillRoundRect(inset, inset, side, side, arc, arc);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(7, (int) (size * 0.46))));
            FontMetrics fm = g.getFontMetrics();
            String text = "EA";
            int x = (size - fm.stringWidth(text)) / 2;
            int y = (size - fm.getHeight()) / 2 + fm.getAscent();
            g.drawString(text, x, y);
        } finally {
            g.dispose();
        }
        return img;
    }
}
