package org.emdrill.practice;

import org.emdrill.domain.QueuedQuestion;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.SignalTicks;
import org.emdrill.domain.StarElement;

/**
 * One question's answer frozen for crash recovery, in Practice and in a mock interview alike: the
 * question as it was asked (so it can be rebuilt if its bank is gone), where the answering was, what was
 * typed, how long each part ran, and the scores so far. {@link AnswerDraftJson} gives the file form.
 *
 * @param answerElapsed   the main answer's time (running or final)
 * @param followUpIndex   0-based follow-up being answered in {@link AnswerPhase#FOLLOW_UP}
 * @param followUpTexts   the follow-ups reached so far; durations has as many entries
 * @param number          1-based place of the question in its practice run, 0 when not known
 * @param storyId         the story the user picked to tell, or null for none (drafts before stories kept none)
 * @param ticks           the signals and red flags ticked while scoring (drafts before signal ticks kept none)
 * @param recordingFile   the spoken answer's WAV, relative to the data folder's {@code recordings/}, or null
 *                        when nothing was recorded (typed answers, and drafts written before recording)
 */
public record AnswerDraft(
        String bankId,
        String bankTitle,
        String questionId,
        String prompt,
        List<String> followUpPrompts,
        Map<Dimension, Integer> dimensions,
        int targetSeconds,
        AnswerMode mode,
        AnswerPhase phase,
        Duration prepElapsed,
        Duration answerElapsed,
        int followUpIndex,
        List<String> followUpTexts,
        List<Duration> followUpDurations,
        String answerText,
        String notes,
        Scores scores,
        Set<StarElement> star,
        Instant startedAt,
        Instant finishedAt,
        Instant savedAt,
        int number,
        String storyId,
        SignalTicks ticks,
        String recordingFile) {

    public AnswerDraft {
        Objects.requireNonNull(questionId, "questionId");
        bankId = bankId == null ? "" : bankId;
        bankTitle = bankTitle == null ? "" : bankTitle;
        prompt = prompt == null ? "" : prompt;
        followUpPrompts = List.copyOf(followUpPrompts == null ? List.of() : followUpPrompts);
        EnumMap<Dimension, Integer> dims = new EnumMap<>(Dimension.class);
        if (dimensions != null) {
            dims.putAll(dimensions);
        }
        dimensions = Collections.unmodifiableMap(dims);
        mode = mode == null ? AnswerMode.TYPED : mode;
        phase = phase == null ? AnswerPhase.READY : phase;
        prepElapsed = nonNegative(prepElapsed);
        answerElapsed = nonNegative(answerElapsed);
        followUpTexts = List.copyOf(followUpTexts == null ? List.of() : followUpTexts);
        followUpDurations = (followUpDurations == null ? List.<Duration>of() : followUpDurations).stream()
                .map(AnswerDraft::nonNegative).toList();
        if (followUpTexts.size() != followUpDurations.size()) {
            throw new IllegalArgumentException("follow-up answers and their times do not match for " + questionId);
        }
        if (phase == AnswerPhase.FOLLOW_UP && (followUpIndex < 0 || followUpIndex >= followUpTexts.size())) {
            throw new IllegalArgumentException("the follow-up being answered is missing for " + questionId);
        }
        followUpIndex = Math.max(0, followUpIndex);
        answerText = answerText == null ? "" : answerText;
        notes = notes == null ? "" : notes;
        scores = scores == null ? Scores.none() : scores;
        EnumSet<StarElement> s = EnumSet.noneOf(StarElement.class);
        if (star != null) {
            s.addAll(star);
        }
        star = Collections.unmodifiableSet(s);
        number = Math.max(0, number);
        storyId = storyId == null || storyId.isBlank() ? null : storyId;
        ticks = ticks == null ? SignalTicks.NONE : ticks;
        recordingFile = recordingFile == null || recordingFile.isBlank() ? null : recordingFile;
    }

    /** A draft with a story picked (or none), no signal ticked and no recording, as drafts were before both. */
    public AnswerDraft(String bankId, String bankTitle, String questionId, String prompt, List<String> followUpPrompts,
            Map<Dimension, Integer> dimensions, int targetSeconds, AnswerMode mode, AnswerPhase phase,
            Duration prepElapsed, Duration answerElapsed, int followUpIndex, List<String> followUpTexts,
            List<Duration> followUpDurations, String answerText, String notes, Scores scores, Set<StarElement> star,
            Instant startedAt, Instant finishedAt, Instant savedAt, int number, String storyId) {
        this(bankId, bankTitle, questionId, prompt, followUpPrompts, dimensions, targetSeconds, mode, phase,
                prepElapsed, answerElapsed, followUpIndex, followUpTexts, followUpDurations, answerText, notes, scores,
                star, startedAt, finishedAt, savedAt, number, storyId, SignalTicks.NONE, null);
    }

    /** A draft with no story picked, as every draft was before stories. */
    public AnswerDraft(String bankId, String bankTitle, String questionId, String prompt, List<String> followUpPrompts,
            Map<Dimension, Integer> dimensions, int targetSeconds, AnswerMode mode, AnswerPhase phase,
            Duration prepElapsed, Duration answerElapsed, int followUpIndex, List<String> followUpTexts,
            List<Duration> followUpDurations, String answerText, String notes, Scores scores, Set<StarElement> star,
            Instant startedAt, Instant finishedAt, Instant savedAt, int number) {
        this(bankId, bankTitle, questionId, prompt, followUpPrompts, dimensions, targetSeconds, mode, phase,
                prepElapsed, answerElapsed, followUpIndex, followUpTexts, followUpDurations, answerText, notes, scores,
                star, startedAt, finishedAt, savedAt, number, null, SignalTicks.NONE, null);
    }

    /** The same draft as question {@code n} of its run. */
    public AnswerDraft withNumber(int n) {
        return new AnswerDraft(bankId, bankTitle, questionId, prompt, followUpPrompts, dimensions, targetSeconds, mode,
                phase, prepElapsed, answerElapsed, followUpIndex, followUpTexts, followUpDurations, answerText, notes,
                scores, star, startedAt, finishedAt, savedAt, n, storyId, ticks, recordingFile);
    }

    /** The same draft with {@code id} as the story to tell (null for none). */
    public AnswerDraft withStory(String id) {
        return new AnswerDraft(bankId, bankTitle, questionId, prompt, followUpPrompts, dimensions, targetSeconds, mode,
                phase, prepElapsed, answerElapsed, followUpIndex, followUpTexts, followUpDurations, answerText, notes,
                scores, star, startedAt, finishedAt, savedAt, number, id, ticks, recordingFile);
    }

    /** The same draft with these signal ticks. */
    public AnswerDraft withTicks(SignalTicks newTicks) {
        return new AnswerDraft(bankId, bankTitle, questionId, prompt, followUpPrompts, dimensions, targetSeconds, mode,
                phase, prepElapsed, answerElapsed, followUpIndex, followUpTexts, followUpDurations, answerText, notes,
                scores, star, startedAt, finishedAt, savedAt, number, storyId, newTicks, recordingFile);
    }

    /** The same draft with {@code file} as its recording (null for none). */
    public AnswerDraft withRecording(String file) {
        return new AnswerDraft(bankId, bankTitle, questionId, prompt, followUpPrompts, dimensions, targetSeconds, mode,
                phase, prepElapsed, answerElapsed, followUpIndex, followUpTexts, followUpDurations, answerText, notes,
                scores, star, startedAt, finishedAt, savedAt, number, storyId, ticks, file);
    }

    /**
     * The question as it was asked. Where it is still in a loaded bank, its signals, red flags, level,
     * tags and answer guide come from there; prompt, follow-ups, weights and target come from the draft, so a resumed
     * answer continues exactly as it started. A draft that kept no weights (written before they were
     * kept) takes the loaded question as it is.
     */
    public QueuedQuestion rebuild(List<QuestionBank> banks) {
        Optional<QueuedQuestion> live = find(banks);
        if (live.isPresent() && dimensions.isEmpty()) {
            return live.get();
        }
        Question base = live.map(QueuedQuestion::question).orElse(null);
        Question q = base == null
                ? new Question(questionId, prompt, followUpPrompts, dimensions, List.of(), List.of(), targetSeconds,
                        null, List.of())
                : new Question(questionId, prompt, followUpPrompts, dimensions, base.signals(), base.redFlags(),
                        targetSeconds, base.level(), base.tags(), base.kind(), base.assesses(), base.outline(),
                        base.expectations());
        QuestionBank bank = live.map(QueuedQuestion::bank)
                .orElseGet(() -> new QuestionBank(QuestionBank.CURRENT_SCHEMA_VERSION, bankId,
                        bankTitle.isEmpty() ? bankId : bankTitle, "", List.of(q), BankSource.USER, ""));
        return new QueuedQuestion(bank, q);
    }

    private Optional<QueuedQuestion> find(List<QuestionBank> banks) {
        for (QuestionBank bank : banks) {
            if (bank.id().equals(bankId)) {
                Optional<Question> q = bank.question(questionId);
                if (q.isPresent()) {
                    return Optional.of(new QueuedQuestion(bank, q.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Duration nonNegative(Duration d) {
        return d == null || d.isNegative() ? Duration.ZERO : d;
    }
}
