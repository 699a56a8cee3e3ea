package org.emdrill.ui.progress;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.emdrill.insights.PracticeCalendar;
import org.emdrill.ui.common.Styles;
import org.emdrill.ui.common.charts.CalendarHeatmap;
import org.emdrill.ui.common.charts.ChartLegend;

/** The last half year of practice, day by day, with the current and longest streak. */
final class CalendarCard extends ChartCard {

    static final int WEEKS = 26;

    private final CalendarHeatmap calendar;
    private final Label current = new Label();
    private final Label longest = new Label();
    private final Label days = new Label();

    CalendarCard() {
        this(new CalendarHeatmap());
    }

    private CalendarCard(CalendarHeatmap calendar) {
        super("calendar-card", "Practice calendar", calendar);
        this.calendar = calendar;
        calendar.setId("practice-calendar");
        javafx.scene.layout.VBox.setVgrow(calendar, javafx.scene.layout.Priority.NEVER);
        current.setId("current-streak");
        longest.setId("longest-streak");
        HBox streaks = new HBox(28, stat(current, "current streak"), stat(longest, "longest streak"),
                stat(days, "days practised, last 26 weeks"));
        streaks.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(2, streaks);
        addFooter(new ChartLegend()
                .add("none", "level-0")
                .add("less", "level-1")
                .add("", "level-2")
                .add("", "level-3")
                .add("more", "level-4"));
        getChildren().get(getChildren().size() - 1).getStyleClass().add("calendar-legend");
    }

    private static VBox stat(Label value, String caption) {
        value.getStyleClass().add("stat-value");
        Label text = new Label(caption);
        text.getStyleClass().addAll(Styles.MUTED, "stat-caption");
        return new VBox(0, value, text);
    }

    void show(PracticeCalendar data, LocalDate today) {
        calendar.setData(data.attemptsPerDay(), today, WEEKS, n -> n + (n == 1 ? " attempt" : " attempts"));
        current.setText(days(data.currentStreak()));
        longest.setText(days(data.longestStreak()));
        LocalDate from = today.minusWeeks(WEEKS);
        long practised = data.attemptsPerDay().keySet().stream().filter(d -> d.isAfter(from) && !d.isAfter(today)).count();
        days.setText(Long.toString(practised));
        setSubtitle(data.attemptsOn(today) > 0 ? "You practised today. Come back tomorrow to keep the streak going."
                : data.currentStreak() > 0 ? "Practise today to extend your streak."
                : "Practise today to start a new streak.");
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    CalendarHeatmap calendar() {
        return calendar;
    }
}
