package org.emdrill.ui.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Saves what a scene shows as a PNG under the temp folder ({@code emdrill-screens/}), so a developer can
 * look at a screen while working on it. Tests never assert on the pictures.
 */
public final class Screenshots {

    public static final Path FOLDER = Path.of(System.getProperty("java.io.tmpdir"), "emdrill-screens");

    private Screenshots() {
    }

    /** From a test thread: takes the snapshot on the FX thread. */
    public static Path save(FxRobot robot, Scene scene, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        return write(image[0], name);
    }

    /** On the FX thread. */
    public static Path save(Scene scene, String name) throws IOException {
        return write(scene.snapshot(null), name);
    }

    private static Path write(WritableImage image, String name) throws IOException {
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
