package org.emdrill.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.Attempt;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;

/**
 * Realistic practice history for tests and benchmarks: attempts spread over two years, across eight
 * banks of eight questions each, with answers of about 300 words built from STAR-shaped sentences,
 * scores that slowly improve, and now and then notes. The same seed always gives the same history.
 *
 * <p>Run {@link #main} to time seeding 10,000 attempts and a few filter changes on them.
 */
public final class SeedAttempts {

    /** The banks: id, title, and the weights of the dimensions their questions target. */
    public record SeedBank(String id, String title, Map<Dimension, Integer> weights) {
    }

    public static final List<SeedBank> BANKS = List.of(
            new SeedBank("underperforming-engineers", "Handling underperforming engineers",
                    Map.of(Dimension.COACHING, 3, Dimension.LEADERSHIP, 2, Dimension.EXECUTION, 1)),
            new SeedBank("team-conflict", "Resolving team conflicts",
                    Map.of(Dimension.CONFLICT_RESOLUTION, 3, Dimension.LEADERSHIP, 2)),
            new SeedBank("missed-deadlines", "Managing missed deadlines",
                    Map.of(Dimension.EXECUTION, 3, Dimension.STRATEGIC_THINKING, 1)),
            new SeedBank("stakeholder-disagreements", "Navigating stakeholder disagreements",
                    Map.of(Dimension.CONFLICT_RESOLUTION, 3, Dimension.EXECUTION, 1)),
            new SeedBank("tech-debt-vs-features", "Balancing technical debt with feature delivery",
                    Map.of(Dimension.STRATEGIC_THINKING, 3, Dimension.EXECUTION, 1)),
            new SeedBank("hiring-and-team-building", "Hiring and team building",
                    Map.of(Dimension.LEADERSHIP, 2, Dimension.STRATEGIC_THINKING, 2)),
            new SeedBank("coaching-and-career-growth", "Coaching and career growth",
                    Map.of(Dimension.COACHING, 3, Dimension.LEADERSHIP, 1)),
            new SeedBank("incidents-and-operations", "Incidents and operational excellence",
                    Map.of(Dimension.LEADERSHIP, 3, Dimension.EXECUTION, 2)));

    public static final int QUESTIONS_PER_BANK = 8;

    private static final String[] PROMPT_STARTS = {
        "Tell me about a time when", "Describe a situation where", "Walk me through how", "Give an example of when",
    };
    private static final String[] PROMPT_ENDS = {
        "an engineer on your team kept missing commitments.", "two senior engineers disagreed on a design.",
        "a launch date was at risk and you had to decide what to cut.", "a product manager pushed back on your plan.",
        "you had to argue for time to pay down technical debt.", "you hired for a role you had never hired for.",
        "you helped someone grow into a bigger role.", "a production incident hit customers at night.",
    };
    private static final String[] SITUATION = {
        "At my last company I led a team of eight engineers working on the payments platform.",
        "A few years ago our team owned the search service, and traffic had doubled in six months.",
        "At the time we were two months from a major launch and the roadmap was already tight.",
        "When I joined the team, on-call was painful and people were close to burning out.",
    };
    private static final String[] TASK = {
        "My goal was to get the project back on track without losing the trust of the team.",
        "I was responsible for making a call that both sides could live with.",
        "I needed to find out what was really going on before deciding anything.",
        "The challenge was to deliver the commitment while keeping quality where it had to be.",
    };
    private static final String[] ACTION = {
        "First, I met with each engineer one to one and asked what they saw as the main blocker.",
        "I set up a short weekly review where we looked at the data together instead of opinions.",
        "Then I wrote down the options with their costs, and we agreed on clear criteria for choosing.",
        "I worked with the product manager to cut two features, so that we could protect the core flow.",
        "I also asked a staff engineer to pair with him, and I checked in every Friday on progress.",
        "We agreed on concrete, time-bound expectations, and I followed up in writing after the meeting.",
        "So, um, I basically took the hard conversation myself, and, like, I kept it about facts.",
        "I escalated early to my director, you know, because I did not want any surprises later.",
    };
    private static final String[] RESULT = {
        "As a result we shipped two weeks late instead of two months, and the error rate fell by forty percent.",
        "In the end both engineers signed off on the design, and the service has run without a page since.",
        "By the end of the quarter his reviews had improved and he was leading his own project.",
        "The outcome was that we reduced incidents by half and on-call load dropped noticeably.",
    };
    private static final String[] REFLECTION = {
        "Looking back, I would involve the team earlier next time instead of deciding on my own.",
        "What I learned is that clear expectations, written down, prevent most of these situations.",
        "In hindsight I waited too long to act, and I now address slipping work within a week.",
    };
    private static final String[] NOTES = {
        "", "", "", "Too long on the situation.", "Good numbers, weak reflection.", "Say more about what I did.",
        "Practise the opening; it rambles.", "Great structure, try to cut it to two minutes.",
    };

    private SeedAttempts() {
    }

    /** {@code count} attempts finishing over the two years before {@code end}, oldest first. */
    public static List<Attempt> generate(int count, long seed, Instant end) {
        return generate(count, seed, end, 730);
    }

    /** {@code count} attempts finishing over the {@code days} days before {@code end}, oldest first. */
    public static List<Attempt> generate(int count, long seed, Instant end, int days) {
        Random random = new Random(seed);
        Instant start = end.minus(days, ChronoUnit.DAYS);
        long span = Duration.between(start, end).toMillis();
        List<Attempt> attempts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // Evenly spread with jitter, so attempts stay in time order and dates cover the whole span.
            long at = span * i / Math.max(1, count) + random.nextInt((int) Math.min(Integer.MAX_VALUE,
                    Math.max(1, span / Math.max(1, count))));
            Instant finished = start.plusMillis(at).truncatedTo(ChronoUnit.MILLIS);
            attempts.add(attempt(random, finished, i / (double) Math.max(1, count)));
        }
        return attempts;
    }

    /** Writes {@code count} generated attempts in one transaction; returns them with their ids. */
    public static List<Attempt> seed(Database db, int count, long seed, Instant end) {
        return seed(db, count, seed, end, 730);
    }

    /** As {@link #seed(Database, int, long, Instant)}, spread over {@code days} days. */
    public static List<Attempt> seed(Database db, int count, long seed, Instant end, int days) {
        List<Attempt> attempts = generate(count, seed, end, days);
        List<StoredAttempt> rows = new ArrayList<>(attempts.size());
        for (Attempt a : attempts) {
            rows.add(StoredAttempt.of(a, a.finishedAt()));
        }
        List<Long> ids = new StoredAttempts(db).insertAll(rows);
        List<Attempt> saved = new ArrayList<>(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            saved.add(attempts.get(i).withId(ids.get(i)));
        }
        return saved;
    }

    public static String questionId(SeedBank bank, int index) {
        return bank.id() + "-q" + (index + 1);
    }

    private static Attempt attempt(Random random, Instant finished, double progress) {
        SeedBank bank = BANKS.get(random.nextInt(BANKS.size()));
        int q = random.nextInt(QUESTIONS_PER_BANK);
        String prompt = PROMPT_STARTS[q % PROMPT_STARTS.length] + " " + PROMPT_ENDS[q];
        AnswerMode mode = random.nextInt(4) == 0 ? AnswerMode.SPOKEN : AnswerMode.TYPED;
        int target = 120 + 30 * (q % 3);
        Duration answer = Duration.ofMillis((long) (target * 1000 * (0.6 + random.nextDouble() * 0.8)));
        Duration prep = Duration.ofSeconds(random.nextInt(60));
        Scores scores = scores(random, bank, progress);
        Set<StarElement> star = EnumSet.noneOf(StarElement.class);
        for (StarElement e : StarElement.values()) {
            if (random.nextInt(4) != 0) {
                star.add(e);
            }
        }
        Double overall = scores.values().isEmpty() ? null : scores.overall(bank.weights()).orElse(Double.NaN);
        Instant started = finished.minus(answer).minus(prep);
        return new Attempt(0, bank.id(), bank.title(), questionId(bank, q), prompt, mode, prep, answer, target,
                answerText(random), NOTES[random.nextInt(NOTES.length)], scores, star, overall, started, finished);
    }

    /** Scores drift from about 2.5 towards 4 over the two years, with noise; one in twenty is unscored. */
    private static Scores scores(Random random, SeedBank bank, double progress) {
        if (random.nextInt(20) == 0) {
            return Scores.none();
        }
        Map<Dimension, Integer> values = new EnumMap<>(Dimension.class);
        for (Dimension d : bank.weights().keySet()) {
            double mean = 2.5 + 1.5 * progress + (d == Dimension.STRATEGIC_THINKING ? -0.5 : 0);
            int score = (int) Math.round(mean + random.nextGaussian() * 0.8);
            values.put(d, Math.max(1, Math.min(5, score)));
        }
        return new Scores(values);
    }

    /** About 300 words: situation, task, several actions, result, often a reflection. */
    private static String answerText(Random random) {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(random, SITUATION)).append(' ').append(pick(random, SITUATION)).append("\n\n");
        sb.append(pick(random, TASK)).append(' ').append(pick(random, TASK)).append("\n\n");
        for (int i = 0; i < 8; i++) {
            sb.append(pick(random, ACTION)).append(' ');
        }
        sb.append("\n\n").append(pick(random, RESULT)).append(' ').append(pick(random, RESULT));
        if (random.nextInt(3) != 0) {
            sb.append("\n\n").append(pick(random, REFLECTION)).append(' ').append(pick(random, REFLECTION));
        }
        return sb.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Seeds 10,000 attempts into a temporary database and prints how long seeding and filters take. */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("em-drill-seed");
        try (Database db = Database.open(dir.resolve("history.db"))) {
            SchemaMigrator.standard().migrate(db);
            long t0 = System.nanoTime();
            seed(db, count, 42, Instant.parse("2025-06-01T12:00:00Z"));
            System.out.printf("seeded %d attempts in %d ms%n", count, (System.nanoTime() - t0) / 1_000_000);
            AttemptSearch search = new AttemptSearch(db);
            AttemptQuery base = AttemptQuery.newestFirst(AttemptFilter.ALL, 500);
            List<AttemptQuery> queries = List.of(
                    base,
                    base.withFilter(AttemptFilter.ALL.withText("escalated director")),
                    base.withFilter(AttemptFilter.ALL.withText("no such phrase anywhere")),
                    base.withFilter(AttemptFilter.ALL.withQuestionText("disagreed")
                            .withOverall(ScoreRange.of(3, 5))).sortedBy(AttemptSort.OVERALL, false),
                    base.withFilter(AttemptFilter.ALL.withBanks(Set.of("team-conflict", "missed-deadlines"))
                            .withDimension(Dimension.EXECUTION, ScoreRange.atLeast(4))
                            .between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")))
                            .sortedBy(AttemptSort.QUESTION, true),
                    base.withFilter(AttemptFilter.ALL.withMode(AnswerMode.SPOKEN).withText("forty percent"))
                            .sortedBy(AttemptSort.DURATION, true).page(100, 200));
            for (int round = 0; round < 3; round++) {
                for (AttemptQuery q : queries) {
                    long t = System.nanoTime();
                    AttemptPage page = search.search(q);
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    if (round == 2) {
                        System.out.printf("%4d ms  %5d of %5d  %s%n", ms, page.rows().size(), page.total(), q.filter());
                    }
                }
            }
            long t = System.nanoTime();
            int loaded = search.attemptsWithoutText(AttemptFilter.ALL).size();
            System.out.printf("loaded %d attempts for statistics in %d ms%n", loaded, (System.nanoTime() - t) / 1_000_000);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
