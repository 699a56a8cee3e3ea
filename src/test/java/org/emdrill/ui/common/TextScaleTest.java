package org.emdrill.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextScaleTest {

    @Test
    void theSettingAppliesAtTheUsualSystemSize() {
        assertEquals(1.5, TextScale.effective(1.5, null, 13, "Linux"), 1e-9);
        assertEquals(1.0, TextScale.effective(1.0, "", 12, "Windows 11"), 1e-9);
    }

    @Test
    void aLargerSystemFontMakesEverythingLargerButASmallerOneDoesNotShrinkIt() {
        assertEquals(1.25, TextScale.effective(1.0, null, 15, "Windows 11"), 1e-9);
        assertEquals(1.5 * 1.25, TextScale.effective(1.5, null, 15, "Windows 11"), 1e-9);
        assertEquals(1.0, TextScale.effective(1.0, null, 11, "Mac OS X"), 1e-9);
    }

    @Test
    void theCommandLinePropertyWinsAndNonsenseIsIgnored() {
        assertEquals(1.5, TextScale.effective(1.0, "1.5", 20, "Linux"), 1e-9);
        assertEquals(2.5, TextScale.effective(1.0, "40", 13, "Linux"), 1e-9, "clamped");
        assertEquals(1.2, TextScale.effective(1.2, "big", 13, "Linux"), 1e-9);
        assertEquals("-fx-font-size: 21.00px;", TextScale.rootStyle(1.5));
    }
}
