package org.emdrill.ui.progress;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.emdrill.bank.BankLibrary;
import org.emdrill.domain.QuestionBank;
import org.emdrill.insights.DimensionAverage;
import org.emdrill.insights.LowScore;
import org.emdrill.insights.ProgressFromStore;
import org.emdrill.domain.QueuedQuestion;
import org.emdrill.store.ProgressQueries;
import org.emdrill.store.TypedAnswerReads;
import org.emdrill.ui.common.AppState;
import org.emdrill.ui.common.BackgroundRunner;
import org.emdrill.ui.common.LatestTask;
import org.emdrill.ui.common.PracticeRequest;

/**
 * The Progress screen's state. A recompute asks the store for the statistics, computed in SQLite
 * (sums, counts and thinned series, never every attempt; see {@link ProgressFromStore}), in the background, then, in a second step, reads the recent typed answers and analyses
 * them; each step's result lands here on the FX thread. Recomputes follow
 * {@link AppState#attemptsChangedProperty()} and {@link AppState#libraryProperty()} by themselves; call
 * {@link #refresh()} once to start. A result that arrives after a newer recompute was asked for is dropped.
 */
public final class ProgressViewModel {

    /** Below this many attempts the charts would say nothing; the screen explains instead. */
    public static final int MIN_ATTEMPTS = 3;
    /** Typed-answer analytics cover this many months, the current one included. */
    public static final int TYPED_MONTHS = 6;

    private static final java.time.format.DateTimeFormatter LAST_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private static final System.Logger LOG = System.getLogger(ProgressViewModel.class.getName());

    private final AppState state;
    private final BackgroundRunner runner;
    private final TypedAnswerTrend.Source typedAnswers;
    private final ProgressQueries queries;
    private final InstantSource clock;
    private final ZoneId zone;

    private final ReadOnlyObjectWrapper<ProgressSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<TypedAnswerMonth>> typedMonths = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper completedRecomputes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /** The running recompute; a newer refresh cancels it, so an older result never shows. */
    private final LatestTask computation = new LatestTask();

    public ProgressViewModel(AppState state, BackgroundRunner runner, TypedAnswerReads typedAnswers, ProgressQueries queries,
                             InstantSource clock, ZoneId zone) {
        this.state = Objects.requireNonNull(state, "state");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.typedAnswers = TypedAnswerTrend.from(Objects.requireNonNull(typedAnswers, "typedAnswers"));
        this.queries = Objects.requireNonNull(queries, "queries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        empty.bind(Bindings.createBooleanBinding(
                () -> snapshot.get() != null && snapshot.get().attemptCount() < MIN_ATTEMPTS, snapshot));
        summary.bind(Bindings.createStringBinding(() -> summarize(snapshot.get()), snapshot));
        state.attemptsChangedProperty().addListener((obs, old, now) -> refresh());
        state.libraryProperty().addListener((obs, old, now) -> refresh());
    }

    // ---- what the view shows

    /** The latest statistics; null until the first recompute has finished. */
    public ReadOnlyObjectProperty<ProgressSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The last {@link #TYPED_MONTHS} months of typed-answer analytics, oldest first; empty until loaded. */
    public ReadOnlyObjectProperty<List<TypedAnswerMonth>> typedMonthsProperty() {
        return typedMonths.getReadOnlyProperty();
    }

    /** True while a recompute is running. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * True once the latest recompute, both steps, has been applied (and with it every chart redrawn);
     * false again as soon as a newer one starts.
     */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** How many recomputes have been applied in full, for waiting on one in tests and benchmarks. */
    public ReadOnlyIntegerProperty completedRecomputesProperty() {
        return completedRecomputes.getReadOnlyProperty();
    }

    /** True when the statistics are in and there are fewer than {@link #MIN_ATTEMPTS} attempts. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** What went wrong with the last recompute, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One line under the title: "312 attempts on 150 days · last practised 3 May 2026". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private String summarize(ProgressSnapshot s) {
        if (s == null) {
            return "Working out your progress\u2026";
        }
        int n = s.attemptCount();
        if (n == 0) {
            return "No attempts yet";
        }
        int days = s.report().calendar().attemptsPerDay().size();
        String last = s.lastPractisedIfAny()
                .map(at -> LocalDate.ofInstant(at, zone))
                .map(day -> day.equals(s.today()) ? "today" : day.equals(s.today().minusDays(1)) ? "yesterday"
                        : LAST_DAY.format(day))
                .orElse("");
        return n + (n == 1 ? " attempt" : " attempts") + " on " + days + (days == 1 ? " day" : " days")
                + " \u00b7 last practised " + last;
    }

    public ZoneId zone() {
        return zone;
    }

    // ---- loading

    /** Recomputes everything in one background task, so the screen is updated once, all at once. */
    public void refresh() {
        loading.set(true);
        loaded.set(false);
        List<String> bankIds = state.library().banks().stream().map(QuestionBank::id).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        // Both reads run on the app's worker, one after the other: the database is read from one thread
        // only, never from the common ForkJoin pool.
        computation.replace(() -> runner.run(
                () -> new Computed(computeReport(bankIds, today), typedAnswers(today)),
                result -> {
                    error.set("");
                    snapshot.set(result.report());
                    typedMonths.set(result.typedMonths());
                    finished();
                }, this::failed));
    }

    private record Computed(ProgressSnapshot report, List<TypedAnswerMonth> typedMonths) {
    }

    private ProgressSnapshot computeReport(List<String> bankIds, LocalDate today) {
        return ProgressSnapshot.of(ProgressFromStore.compute(queries, bankIds, zone, clock), today);
    }

    /** Only each month's count and newest typed answers are read: the rest would cost time and memory for nothing. */
    private List<TypedAnswerMonth> typedAnswers(LocalDate today) {
        return TypedAnswerTrend.byMonth(typedAnswers, zone, YearMonth.from(today), TYPED_MONTHS);
    }

    private void finished() {
        loading.set(false);
        loaded.set(true);
        completedRecomputes.set(completedRecomputes.get() + 1);
    }

    private void failed(Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, "progress could not be computed", failure);
        error.set("Your progress could not be worked out just now: " + describe(failure));
        finished();
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    // ---- what to work on

    /** The questions a "Practise <weakest dimension>" card would start; empty without a weakest dimension. */
    public List<QueuedQuestion> weakestDimensionQuestions() {
        ProgressSnapshot s = snapshot.get();
        if (s == null || s.report().weakestDimension().isEmpty()) {
            return List.of();
        }
        return PracticeSets.forDimension(state.library(), s.report().weakestDimension().get().dimension(),
                s.attemptsPerQuestion(), PracticeSets.DIMENSION_SET_SIZE);
    }

    /** Starts a practice of the weakest dimension's questions (the window switches to Practice). */
    public void practiseWeakest() {
        ProgressSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        Optional<DimensionAverage> weakest = s.report().weakestDimension();
        List<QueuedQuestion> questions = weakestDimensionQuestions();
        if (weakest.isPresent() && !questions.isEmpty()) {
            state.requestPractice(new PracticeRequest("Weakest: " + weakest.get().dimension().displayName(), questions));
        }
    }

    /** The question to answer again, as it is in the loaded banks now; empty when it is no longer there. */
    public Optional<QueuedQuestion> questionFor(LowScore low) {
        return PracticeSets.question(state.library(), low.bankId(), low.questionId());
    }

    public void practiseAgain(LowScore low) {
        questionFor(low).ifPresent(q -> state.requestPractice(new PracticeRequest("Practise again", List.of(q))));
    }

    /** Starts a practice of every question of a bank never practised. */
    public void startBank(String bankId) {
        List<QueuedQuestion> questions = PracticeSets.forBank(state.library(), bankId);
        if (!questions.isEmpty()) {
            state.requestPractice(new PracticeRequest(bankTitle(bankId), questions));
        }
    }

    /** The bank's title as loaded, or its id when it is not loaded. */
    public String bankTitle(String bankId) {
        BankLibrary library = state.library();
        return library.bank(bankId).map(QuestionBank::title).orElse(bankId);
    }

    /** How many questions the bank has, 0 when it is not loaded. */
    public int bankQuestionCount(String bankId) {
        return state.library().bank(bankId).map(b -> b.questions().size()).orElse(0);
    }
}
