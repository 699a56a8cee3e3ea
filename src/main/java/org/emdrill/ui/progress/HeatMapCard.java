package org.emdrill.ui.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emdrill.domain.Dimension;
import org.emdrill.insights.BankHeatMap;
import org.emdrill.insights.HeatCell;
import org.emdrill.ui.common.charts.ChartLegend;
import org.emdrill.ui.common.charts.HeatMap;

/** Average score per bank and dimension, so a weak topic stands out from a weak dimension. */
final class HeatMapCard extends ChartCard {

    private final HeatMap map;

    HeatMapCard() {
        this(new HeatMap("Not scored in this bank yet"));
    }

    private HeatMapCard(HeatMap map) {
        super("heat-map-card", "Banks by dimension", map);
        this.map = map;
        map.setId("heat-map");
        setSubtitle("Average score of each bank's answers per dimension. Hover a cell for how many scores it is over.");
        addFooter(new ChartLegend()
                .add("below 2", "heat-1")
                .add("2 \u2013 2.7", "heat-2")
                .add("2.8 \u2013 3.4", "heat-3")
                .add("3.5 \u2013 4.2", "heat-4")
                .add("4.3 and up", "heat-5")
                .add("not scored", "heat-empty"));
    }

    void show(BankHeatMap data) {
        List<String> columns = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            columns.add(d.displayName());
        }
        List<String> rows = new ArrayList<>();
        List<List<HeatMap.Cell>> cells = new ArrayList<>();
        for (String bank : data.banks()) {
            String title = data.titles().getOrDefault(bank, bank);
            rows.add(title);
            List<HeatMap.Cell> row = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                row.add(data.cell(bank, d).map(c -> cell(c, title, d)).orElse(null));
            }
            cells.add(row);
        }
        map.setData(rows, columns, cells);
    }

    private static HeatMap.Cell cell(HeatCell c, String bank, Dimension d) {
        return new HeatMap.Cell(String.format(Locale.ROOT, "%.1f", c.average()), ChartData.heatClass(c.average()),
                String.format(Locale.ROOT, "%s \u00b7 %s: %.2f average over %d score%s", bank, d.displayName(),
                        c.average(), c.count(), c.count() == 1 ? "" : "s"));
    }
}
