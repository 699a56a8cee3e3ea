package org.emdrill.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emdrill.domain.Dimension;
import org.emdrill.practice.schedule.DimensionAverages;
import org.emdrill.store.ScoreStatistics;

/**
 * The one answer to "which dimension is my weakest?", used by Practice's today card, Progress, the
 * mock interview's "Weakest area" selection and nowhere decided again. The rule is recorded in
 * docs/decisions/0013-weakest-dimension.md:
 * <ul>
 *   <li>every saved attempt counts, practice and mock interview alike, with its scores as they stand;</li>
 *   <li>a dimension can be called weakest once it has at least {@link #MIN_SCORES} scores; the weakest
 *       is the lowest mean among those, ties going to the earlier dimension in the rubric's order;</li>
 *   <li>a dimension with fewer scores (never scored included) is "not known yet": never called weakest;
 *       when no dimension is known yet, the one to practise is the one with the fewest scores (never
 *       scored first, then rubric order), so practice starts where nothing is known;</li>
 *   <li>only the five assessed dimensions take part; optional extra dimensions never do.</li>
 * </ul>
 */
public final class WeakestDimension {

    /** A dimension needs this many scores before it can be called the weakest: fewer say too little. */
    public static final int MIN_SCORES = 5;

    private final ScoreStatistics statistics;

    public WeakestDimension(ScoreStatistics statistics) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    /** The ranking over every saved attempt now. Blocking: call it in the background. */
    public Ranking now() {
        return rank(statistics.allAttempts());
    }

    /** The rule itself, over any averages. */
    public static Ranking rank(DimensionAverages averages) {
        Objects.requireNonNull(averages, "averages");
        List<Dimension> known = new ArrayList<>();
        List<Dimension> notKnown = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            (averages.count(d) >= MIN_SCORES ? known : notKnown).add(d);
        }
        // List.sort is stable: equal means and equal counts keep the rubric's order.
        known.sort(Comparator.comparingDouble(d -> averages.of(d).getAsDouble()));
        notKnown.sort(Comparator.comparingInt(averages::count));
        List<Dimension> order = new ArrayList<>(known.isEmpty() ? notKnown : known);
        order.addAll(known.isEmpty() ? known : notKnown);
        Optional<DimensionAverage> weakest = known.isEmpty() ? Optional.empty()
                : Optional.of(new DimensionAverage(known.get(0), averages.of(known.get(0)).getAsDouble(),
                        averages.count(known.get(0))));
        return new Ranking(averages, weakest, order);
    }

    /**
     * @param averages     the means the ranking was made from
     * @param weakest      the weakest dimension by the rule; empty while no dimension has enough scores
     * @param practiseOrder every dimension in the order to practise: the weakest first, then the other
     *                     known ones by mean, then those not known yet; when none is known, the
     *                     least-scored first. A selection falls back along it when the banks ask
     *                     nothing about the first.
     */
    public record Ranking(DimensionAverages averages, Optional<DimensionAverage> weakest,
                          List<Dimension> practiseOrder) {

        public Ranking {
            Objects.requireNonNull(averages, "averages");
            Objects.requireNonNull(weakest, "weakest");
            practiseOrder = List.copyOf(practiseOrder);
        }

        /** The dimension to practise first: the weakest, or the least-scored while none is known. */
        public Dimension toPractise() {
            return practiseOrder.get(0);
        }

        /** True when the dimension has fewer than {@link #MIN_SCORES} scores. */
        public boolean notKnownYet(Dimension dimension) {
            return averages.count(dimension) < MIN_SCORES;
        }
    }
}
