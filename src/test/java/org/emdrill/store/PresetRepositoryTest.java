package org.emdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.practice.mockinterview.InterviewConfig;
import org.emdrill.practice.mockinterview.InterviewPreset;
import org.emdrill.practice.mockinterview.InterviewPresets;
import org.emdrill.practice.mockinterview.QuestionSelection;
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
        InterviewConfig typedLoop = InterviewPresets.fullLoop().config().withMode(AnswerMode.TYPED);
        InterviewConfig hiring = InterviewPresets.quickQuestion().config().withBanks(QuestionSelection.RANDOM, List.of("hiring"));

        presets.save("  Typed loop ", typedLoop);
        presets.save("hiring warm-up", hiring);

        assertEquals(Optional.of(typedLoop), presets.load("Typed loop"));
        assertEquals(List.of(new InterviewPreset("hiring warm-up", hiring), new InterviewPreset("Typed loop", typedLoop)),
                presets.all());
        presets.delete("hiring warm-up");
        assertEquals(Optional.empty(), presets.load("hiring warm-up"));
        assertEquals(1, presets.all().size());
    }

    @Test
    void savingUnderAnExistingNameReplacesIt() {
        presets.save("mine", InterviewPresets.quickQuestion().config());
        presets.save("mine", InterviewPresets.fullLoop().config());

        assertEquals(Optional.of(InterviewPresets.fullLoop().config()), presets.load("mine"));
        assertEquals(1, presets.all().size());
    }

    @Test
    void aPresetWrittenByAnotherVersionStillOpens() {
        SampleAttempts.execute(db, "INSERT INTO mock_interview_presets (name, config_json) VALUES ('future',"
                + " '{\"questionCount\":3,\"scoring\":\"after-each\",\"voice\":\"calm\"}')");
        SampleAttempts.execute(db, "INSERT INTO mock_interview_presets (name, config_json) VALUES ('broken', 'not json')");

        InterviewConfig future = presets.load("future").orElseThrow();
        assertEquals(3, future.questionCount());
        assertEquals(InterviewPresets.fullLoop().config(), presets.load("broken").orElseThrow());
    }

    @Test
    void aPresetNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> presets.save(" ", InterviewPresets.fullLoop().config()));
    }
}
