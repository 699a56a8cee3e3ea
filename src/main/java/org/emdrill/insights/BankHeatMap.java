package org.emdrill.insights;

import org.emdrill.practice.schedule.DimensionAverages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;

/**
 * Average self-score per bank and dimension: which topics are strong and which are weak, dimension by
 * dimension. A cell is absent when that bank's attempts never scored that dimension.
 *
 * @param banks  the bank ids, ordered by title (case-insensitive), then id
 * @param titles each bank's title as saved with its newest attempt
 */
public record BankHeatMap(List<String> banks, Map<String, String> titles, Map<String, Map<Dimension, HeatCell>> cells) {

    public BankHeatMap {
        banks = List.copyOf(banks);
        titles = Collections.unmodifiableMap(new LinkedHashMap<>(titles));
        Map<String, Map<Dimension, HeatCell>> copy = new LinkedHashMap<>();
        cells.forEach((bank, row) -> copy.put(bank, Collections.unmodifiableMap(new EnumMap<>(row))));
        cells = Collections.unmodifiableMap(copy);
    }

    public static BankHeatMap of(List<Attempt> attempts) {
        Map<String, String> titles = new HashMap<>();
        Map<String, List<Attempt>> byBank = new HashMap<>();
        for (Attempt a : Chronology.oldestFirst(attempts)) {
            titles.put(a.bankId(), a.bankTitle().isBlank() ? a.bankId() : a.bankTitle());
            byBank.computeIfAbsent(a.bankId(), k -> new ArrayList<>()).add(a);
        }
        List<String> banks = new ArrayList<>(byBank.keySet());
        banks.sort(Comparator.comparing((String id) -> titles.get(id), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparator.naturalOrder()));
        Map<String, String> orderedTitles = new LinkedHashMap<>();
        Map<String, Map<Dimension, HeatCell>> cells = new LinkedHashMap<>();
        for (String bank : banks) {
            orderedTitles.put(bank, titles.get(bank));
            DimensionAverages averages = DimensionAverages.ofAttempts(byBank.get(bank));
            Map<Dimension, HeatCell> row = new EnumMap<>(Dimension.class);
            averages.means().forEach((d, avg) -> row.put(d, new HeatCell(avg, averages.count(d))));
            cells.put(bank, row);
        }
        return new BankHeatMap(banks, orderedTitles, cells);
    }

    public Optional<HeatCell> cell(String bankId, Dimension dimension) {
        return Optional.ofNullable(cells.getOrDefault(bankId, Map.of()).get(dimension));
    }
}
