package org.emdrill.ui.banks.editor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a scene shows as a PNG, to look at the screen during development. Call on the FX thread. */
final class Screenshots {

    static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "emdrill-screens");

    private Screenshots() {
    }

    static Path save(Scene scene, String name) throws IOException {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(FOLDER);
        Path file = FOLDER.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
