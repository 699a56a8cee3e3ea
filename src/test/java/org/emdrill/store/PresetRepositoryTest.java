package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.drill.DrillConfig;
import org.emdrill.practice.drill.DrillPreset;
import org.emdrill.practice.drill.DrillPresets;
import org.emdrill.practice.drill.QuestionSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private PresetRepository presets;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("history.db"));
        SchemaMigrator.standard().migrate(db);
        presets = new PresetRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesLoadsListsAndDeletesByName() {
        DrillConfig typedLoop = DrillPresets.fullLoop().config().withMode(AnswerMode.TYPED);
        DrillConfig hiring = DrillPresets.quickQuestion().config().withBanks(QuestionSelection.RANDOM, List.of("hiring"));

        presets.save("  Typed loop ", typedLoop);
        presets.save("hiring warm-up", hiring);

        assertEquals(Optional.of(typedLoop), presets.load("Typed loop"));
        assertEquals(List.of(new DrillPreset("hiring warm-up", hiring), new DrillPreset("Typed loop", typedLoop)),
                presets.all());
        presets.delete("hiring warm-up");
        assertEquals(Optional.empty(), presets.load("hiring warm-up"));
        assertEquals(1, presets.all().size());
    }

    @Test
    void savingUnderAnExistingNameReplacesIt() {
        presets.save("mine", DrillPresets.quickQuestion().config());
        presets.save("mine", DrillPresets.fullLoop().config());

        assertEquals(Optional.of(DrillPresets.fullLoop().config()), presets.load("mine"));
        assertEquals(1, presets.all().size());
    }

    @Test
    void aPresetWrittenByAnotherVersionStillOpens() {
        SampleAttempts.execute(db, "INSERT INTO drill_presets (name, config_json) VALUES ('future',"
                + " '{\"questionCount\":3,\"scoring\":\"after-each\",\"voice\":\"calm\"}')");
        SampleAttempts.execute(db, "INSERT INTO drill_presets (name, config_json) VALUES ('broken', 'not json')");

        DrillConfig future = presets.load("future").orElseThrow();
        assertEquals(3, future.questionCount());
        assertEquals(DrillPresets.fullLoop().config(), presets.load("broken").orElseThrow());
    }

    @Test
    void aPresetNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> presets.save(" ", DrillPresets.fullLoop().config()));
    }
}
