import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of installer/bench/start.sh: a JavaFX hello world, started from the same runtime as the
 * app, noting the wall-clock time of its first drawn frame the same way the app's StartProbe does (a
 * post-layout pulse listener, then the next runLater), into the file named by its argument.
 */
public class HelloFx extends Application {
    static Path out;

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello, world")), 1200, 760);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                try {
                    Files.writeString(out, "epochMillis=" + System.currentTimeMillis() + "\n");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.setTitle("Hello");
        stage.show();
    }
}

/** The entry point: a JavaFX main class must not extend Application when JavaFX is on the class path (STYLE.md). */
class HelloLauncher {
    public static void main(String[] args) {
        HelloFx.out = Path.of(args[0]);
        Application.launch(HelloFx.class, args);
    }
}
