package com.execassistant.desktop.prep;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrayIconImageTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 64})
    void theIconIsARoundedAccentSquareWithTransparentCorners(int size) {
        BufferedImage img = TrayIconImage.draw(size);

        assertThat(img.getWidth()).isEqualTo(size);
        assertThat(alpha(img.getRGB(0, 0))).isZero();
        assertThat(alpha(img.getRGB(size - 1, size - 1))).isZero();
        // Just inside the left edge, halfway down: the square, not the letters.
        int edge = img.getRGB(Math.max(2, size / 8), size / 2);
        assertThat(edge & 0xFFFFFF).isEqualTo(TrayIconImage.ACCENT.getRGB() & 0xFFFFFF);
    }

    @Test
    void theLettersAreDrawnInWhiteOnTheSquare() {
        BufferedImage img = TrayIconImage.draw(64);

        boolean white = false;
        for (int x = 0; x < 64 && !white; x++) {
            for (int y = 0; y < 64 && !white; y++) {
                white = img.getRGB(x, y) == Color.WHITE.getRGB();
            }
        }
        assertThat(white).isTrue();
    }

    @Test
    void everyTraySizeIsOffered() {
        MultiResolutionImage img = (MultiResolutionImage) TrayIconImage.image();

        assertThat(img.getResolutionVariants())
                .extracting(i -> i.getWidth(null))
                .containsExactly(16, 20, 22, 24, 32, 40, 48, 64);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
