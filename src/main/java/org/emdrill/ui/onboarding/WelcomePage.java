package org.emdrill.ui.onboarding;

import java.util.List;

/**
 * One screen of the welcome guide: a title, a short introduction and a few points, each a heading with a
 * sentence or two.
 *
 * @param id a stable name for tests and screenshots ("dimensions", "data")
 */
public record WelcomePage(String id, String title, String intro, List<Point> points) {

    public WelcomePage {
        points = List.copyOf(points);
    }

    /** One point on a page, e.g. a dimension and what it means. */
    public record Point(String heading, String text) {
    }
}
