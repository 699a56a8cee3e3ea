package org.emdrill.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.emdrill.settings.WindowBounds;

/** The connected screens' usable areas, primary first, for {@link WindowBounds#clampedTo}. */
final class ScreenAreas {

    private ScreenAreas() {
    }

    static List<WindowBounds.Area> visible() {
        List<WindowBounds.Area> areas = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        areas.add(area(primary.getVisualBounds()));
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(primary)) {
                areas.add(area(s.getVisualBounds()));
            }
        }
        return areas;
    }

    private static WindowBounds.Area area(Rectangle2D r) {
        return new WindowBounds.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
