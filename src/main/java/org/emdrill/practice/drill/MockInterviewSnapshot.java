package org.emdrill.practice.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.emdrill.domain.BankSource;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;
import org.emdrill.practice.QueuedQuestion;

/**
 * A mock interview frozen for crash recovery: the config, the questions in order (with enough of each
 * question to rebuild it if its bank is gone), where the interview was, what was typed, how long each
 * phase ran and the scores so far. {@link #toJson()} and {@link #fromJson(String)} give the file form.
 *
 * @param timerPrep   prep time of the running timer (PREP or ANSWER step)
 * @param timerAnswer answer time of the running timer (ANSWER or FOLLOW_UP step)
 */
public record MockInterviewSnapshot(
        DrillConfig config,
        long sessionId,
        Instant startedAt,
        DrillStep step,
        int position,
        int followUpIndex,
        Duration totalElapsed,
        Duration timerPrep,
        Duration timerAnswer,
        List<Item> items) {

    public MockInterviewSnapshot {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(step, "step");
        totalElapsed = nonNegative(totalElapsed);
        timerPrep = nonNegative(timerPrep);
        timerAnswer = nonNegative(timerAnswer);
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a snapshot needs at least one question");
        }
    }

    public List<String> questionIds() {
        return items.stream().map(Item::questionId).toList();
    }

    /** The file form: a JSON object with a {@code version} field. */
    public String toJson() {
        return SnapshotJson.write(this);
    }

    /** Reads the file form; empty when it is not a readable snapshot. Unknown fields are ignored. */
    public static Optional<MockInterviewSnapshot> fromJson(String json) {
        return SnapshotJson.read(json);
    }

    /**
     * The questions in interview order, as they were asked. Where the question is still in a loaded
     * bank, its signals, red flags, level and tags come from there (the scoring screen shows them);
     * prompt, follow-ups, weights and target always come from the snapshot so the interview continues
     * exactly as it started.
     */
    public List<QueuedQuestion> questions(List<QuestionBank> banks) {
        List<QueuedQuestion> list = new ArrayList<>();
        for (Item item : items) {
            list.add(item.rebuild(banks));
        }
        return list;
    }

    private static Duration nonNegative(Duration d) {
        return d == null || d.isNegative() ? Duration.ZERO : d;
    }

    /** One question of the interview with its progress. */
    public record Item(
            String questionId,
            String bankId,
            String bankTitle,
            String prompt,
            List<String> followUpPrompts,
            Map<Dimension, Integer> dimensions,
            int targetSeconds,
            QuestionStatus status,
            String answerText,
            Duration prep,
            Duration answer,
            List<String> followUpTexts,
            List<Duration> followUpDurations,
            Scores scores,
            Set<StarElement> star,
            String notes,
            Instant startedAt,
            Instant finishedAt,
            boolean finalized,
            boolean handedOut) {

        public Item {
            Objects.requireNonNull(questionId, "questionId");
            bankId = bankId == null ? "" : bankId;
            bankTitle = bankTitle == null ? "" : bankTitle;
            prompt = prompt == null ? "" : prompt;
            followUpPrompts = List.copyOf(followUpPrompts);
            EnumMap<Dimension, Integer> dims = new EnumMap<>(Dimension.class);
            dims.putAll(dimensions);
            dimensions = Collections.unmodifiableMap(dims);
            status = status == null ? QuestionStatus.PENDING : status;
            answerText = answerText == null ? "" : answerText;
            prep = nonNegative(prep);
            answer = nonNegative(answer);
            followUpTexts = List.copyOf(followUpTexts);
            followUpDurations = followUpDurations.stream().map(MockInterviewSnapshot::nonNegative).toList();
            if (followUpTexts.size() != followUpDurations.size() || followUpTexts.size() > followUpPrompts.size()) {
                throw new IllegalArgumentException("follow-up answers do not match the follow-ups of " + questionId);
            }
            scores = scores == null ? Scores.none() : scores;
            EnumSet<StarElement> s = EnumSet.noneOf(StarElement.class);
            if (star != null) {
                s.addAll(star);
            }
            star = Collections.unmodifiableSet(s);
            notes = notes == null ? "" : notes;
        }

        static Item of(DrillItem d) {
            Question q = d.question();
            return new Item(q.id(), d.queued.bank().id(), d.queued.bank().title(), q.prompt(), q.followUps(),
                    q.dimensions(), q.targetSeconds(), d.status, d.answerText, d.prep, d.answer,
                    d.followUpTexts, d.followUpDurations, d.scores, d.star, d.notes, d.startedAt, d.finishedAt,
                    d.finalized, d.handedOut);
        }

        void applyTo(DrillItem d) {
            d.status = status;
            d.answerText = answerText;
            d.prep = prep;
            d.answer = answer;
            d.followUpTexts.clear();
            d.followUpTexts.addAll(followUpTexts);
            d.followUpDurations.clear();
            d.followUpDurations.addAll(followUpDurations);
            d.scores = scores;
            d.setStar(star);
            d.notes = notes;
            d.startedAt = startedAt;
            d.finishedAt = finishedAt;
            d.finalized = finalized;
            d.handedOut = handedOut;
        }

        QueuedQuestion rebuild(List<QuestionBank> banks) {
            Optional<QueuedQuestion> live = find(banks);
            Question base = live.map(QueuedQuestion::question).orElse(null);
            Question q = new Question(questionId, prompt, followUpPrompts, dimensions,
                    base == null ? List.of() : base.signals(), base == null ? List.of() : base.redFlags(),
                    targetSeconds, base == null ? null : base.level(), base == null ? List.of() : base.tags());
            QuestionBank bank = live.map(QueuedQuestion::bank)
                    .orElseGet(() -> new QuestionBank(QuestionBank.CURRENT_SCHEMA_VERSION, bankId, bankTitle, "",
                            List.of(q), BankSource.USER, ""));
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
    }
}
