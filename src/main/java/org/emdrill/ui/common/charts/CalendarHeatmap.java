package org.emdrill.ui.common.charts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A GitHub-style practice calendar: one column per week (Monday on top), one square per day, shaded by
 * how much happened that day. Levels are style classes {@code level-0} to {@code level-4}, so the
 * stylesheet owns the colours.
 */
public final class CalendarHeatmap extends GridPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final double CELL = 13;

    /** One tooltip for every square, re-worded as the pointer moves: far cheaper than one each. */
    private final Tooltip tip = new Tooltip();
    private int cellCount;

    public CalendarHeatmap() {
        getStyleClass().add("calendar-heatmap");
        setHgap(3);
        setVgap(3);
        tip.setShowDelay(Duration.millis(150));
    }

    /**
     * Shows the {@code weeks} weeks up to and including the week of {@code today}; days after today are
     * left blank.
     *
     * @param countText how a tooltip words a day's count ("3 attempts")
     */
    public void setData(Map<LocalDate, Integer> perDay, LocalDate today, int weeks, IntFunction<String> countText) {
        getChildren().clear();
        cellCount = 0;
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        int max = perDay.entrySet().stream()
                .filter(e -> !e.getKey().isBefore(firstMonday) && !e.getKey().isAfter(today))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY}) {
            Label name = new Label(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.getStyleClass().add("calendar-label");
            add(name, 0, d.getValue());
        }
        int lastMonth = -1;
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            // A month's name sits above the first week that starts in it, as long as there is room.
            if (monday.getMonthValue() != lastMonth && w < weeks - 2) {
                Label month = new Label(monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                month.getStyleClass().add("calendar-label");
                month.setMinWidth(Region.USE_PREF_SIZE);
                GridPane.setColumnSpan(month, 3);
                GridPane.setHalignment(month, HPos.LEFT);
                add(month, w + 1, 0);
                lastMonth = monday.getMonthValue();
            }
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                if (day.isAfter(today)) {
                    continue;
                }
                int count = perDay.getOrDefault(day, 0);
                Region cell = new Region();
                cell.getStyleClass().addAll("calendar-cell", "level-" + level(count, max));
                if (day.equals(today)) {
                    cell.getStyleClass().add("today");
                }
                cell.setMinSize(CELL, CELL);
                cell.setPrefSize(CELL, CELL);
                cell.setMaxSize(CELL, CELL);
                String text = (count == 0 ? "No practice" : countText.apply(count)) + " on " + DAY.format(day);
                cell.setOnMouseEntered(e -> tip.setText(text));
                Tooltip.install(cell, tip);
                add(cell, w + 1, d + 1);
                cellCount++;
            }
        }
    }

    /** How many day squares are drawn. */
    public int cellCount() {
        return cellCount;
    }

    /** 0 for none, then four steps relative to the busiest day shown, so a light month still has contrast. */
    static int level(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, Math.min(4, (int) Math.ceil(4.0 * count / max)));
    }
}
