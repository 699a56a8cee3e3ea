package org.emdrill.ui.progress;

import org.emdrill.domain.Dimension;

/** Each dimension's style class; the stylesheet gives each the same chart colour on every chart. */
final class DimensionStyles {

    private DimensionStyles() {
    }

    static String of(Dimension d) {
        return "dim-" + d.id();
    }
}
