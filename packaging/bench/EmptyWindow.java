import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up time: the smallest JavaFX program that shows a window of the app's size.
 * startup-bench.sh compiles it once and times it against EM Drill on the same display. The main class
 * is not the Application itself, as in EM Drill, so it runs from the class path the same way.
 */
public final class EmptyWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Empty JavaFX window");
            stage.setScene(new Scene(new StackPane(), 1280, 820));
            stage.show();
        }
    }
}
