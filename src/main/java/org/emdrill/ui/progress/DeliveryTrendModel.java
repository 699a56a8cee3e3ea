package org.emdrill.ui.progress;

import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.insights.DeliveryTrend;
import org.emdrill.store.DeliveryTrendQueries;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;

/**
 * Progress's spoken-delivery card: the weekly delivery trend, read in the background and again whenever an
 * attempt is saved, changed or imported, or recordings not measured before have their figures. Kept apart
 * from {@link ProgressViewModel} so the card can come and go without touching the other statistics.
 */
public final class DeliveryTrendModel {

    private static final System.Logger LOG = System.getLogger(DeliveryTrendModel.class.getName());

    private final BackgroundRunner runner;
    private final DeliveryTrendQueries queries;
    private final InstantSource clock;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<DeliveryTrend> trend = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final LatestTask loading = new LatestTask();
    private final DeliveryMeasuring measuring;

    public DeliveryTrendModel(AppState state, BackgroundRunner runner, DeliveryTrendQueries queries, InstantSource clock,
                              ZoneId zone) {
        this(state, runner, queries, clock, zone, null);
    }

    /**
     * @param measuring measures recordings that have no figures yet each time the trend is read, and reads it
     *                  again when some are in; null for none
     */
    public DeliveryTrendModel(AppState state, BackgroundRunner runner, DeliveryTrendQueries queries, InstantSource clock,
                              ZoneId zone, DeliveryMeasuring measuring) {
        this.measuring = measuring;
        if (measuring != null) {
            measuring.onNewFigures(this::refresh);
        }
        this.runner = Objects.requireNonNull(runner, "runner");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        state.attemptsChangedProperty().addListener((obs, was, is) -> refresh());
    }

    /** The trend; null until the first read has come back. */
    public ReadOnlyObjectProperty<DeliveryTrend> trendProperty() {
        return trend.getReadOnlyProperty();
    }

    /** Why the trend could not be read, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }

    public void refresh() {
        loading.replace(() -> runner.run(() -> DeliveryTrend.load(queries, zone, clock.instant()), t -> {
            error.set("");
            trend.set(t);
            if (measuring != null) {
                measuring.nudge();
            }
        }, failure -> {
            LOG.log(System.Logger.Level.WARNING, "delivery trend could not be read", failure);
            error.set("Your spoken delivery could not be worked out just now: " + failure.getMessage());
            trend.set(new DeliveryTrend(java.util.List.of(), 0));
        }));
    }
}
