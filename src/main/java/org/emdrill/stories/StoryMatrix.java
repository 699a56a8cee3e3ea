package org.emdrill.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Question;
import org.emdrill.domain.QuestionBank;

/**
 * Banks (topics) by dimensions: how many stories cover each cell, and the empty cells interviews ask
 * about most.
 *
 * <p>The rule (see docs/decisions/0017-stories.md): a story covers the cell (bank B, dimension D) when
 * <ul>
 *   <li>it is linked to B, or to a question of B, <em>and</em></li>
 *   <li>it is linked to D, or D is the main dimension (see {@link MainDimension}) of a question of B
 *       it is linked to.</li>
 * </ul>
 * So linking a story to a question is enough to cover that question's bank on its main dimension;
 * linking it to a bank alone needs a dimension too. A story counts once per cell however many links
 * lead there.
 *
 * <p>The demand of a cell is the sum of the weights the bank's questions give D: how much a loop on
 * that topic asks for it. Holes are the empty cells with demand, the most asked first.
 */
public final class StoryMatrix {

    /** One cell: the bank, the dimension, how many stories cover it, and how much the bank asks for it. */
    public record Cell(String bankId, Dimension dimension, int stories, int demand, int questionsAsking) {
        public boolean isHole() {
            return stories == 0 && demand > 0;
        }
    }

    /** An empty cell worth a story, with the sentence that calls it out. */
    public record Hole(String bankId, String bankTitle, Dimension dimension, int demand, int questionsAsking,
                       String questionId) {
        /** "No story yet for missed deadlines that shows Execution". */
        public String message() {
            return "No story yet for " + topic(bankTitle) + " that shows " + dimension.displayName();
        }

        /** "3 questions ask for it" */
        public String detail() {
            return questionsAsking + (questionsAsking == 1 ? " question asks" : " questions ask") + " for it";
        }
    }

    private final List<QuestionBank> banks;
    private final Map<String, Map<Dimension, Cell>> cells;

    private StoryMatrix(List<QuestionBank> banks, Map<String, Map<Dimension, Cell>> cells) {
        this.banks = banks;
        this.cells = cells;
    }

    public static StoryMatrix of(List<QuestionBank> banks, List<Story> stories) {
        Objects.requireNonNull(banks, "banks");
        Objects.requireNonNull(stories, "stories");
        Map<String, Map<Dimension, Cell>> cells = new LinkedHashMap<>();
        for (QuestionBank bank : banks) {
            Map<Dimension, Cell> row = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                int demand = 0;
                int asking = 0;
                for (Question q : bank.questions()) {
                    demand += q.weightOf(d);
                    asking += q.targets(d) ? 1 : 0;
                }
                int covering = 0;
                for (Story s : stories) {
                    covering += covers(s, bank, d) ? 1 : 0;
                }
                row.put(d, new Cell(bank.id(), d, covering, demand, asking));
            }
            cells.put(bank.id(), row);
        }
        return new StoryMatrix(List.copyOf(banks), cells);
    }

    /** The rule in the class comment. */
    public static boolean covers(Story story, QuestionBank bank, Dimension d) {
        if (!story.hasText()) {
            return false; // a hole stays a hole until its story has words in it
        }
        boolean linkedToBank = story.bankIds().contains(bank.id());
        boolean viaQuestion = false;
        boolean mainOfLinkedQuestion = false;
        for (Question q : bank.questions()) {
            if (story.questionIds().contains(q.id())) {
                viaQuestion = true;
                if (MainDimension.of(q).filter(d::equals).isPresent()) {
                    mainOfLinkedQuestion = true;
                }
            }
        }
        return (linkedToBank || viaQuestion) && (story.dimensions().contains(d) || mainOfLinkedQuestion);
    }

    public List<QuestionBank> banks() {
        return banks;
    }

    public Cell cell(String bankId, Dimension d) {
        Map<Dimension, Cell> row = cells.get(bankId);
        if (row == null) {
            throw new IllegalArgumentException("no bank " + bankId + " in the matrix");
        }
        return row.get(d);
    }

    /** Empty cells that the bank asks for, most asked first (then by bank and dimension order). */
    public List<Hole> holes() {
        List<Hole> holes = new ArrayList<>();
        for (QuestionBank bank : banks) {
            for (Dimension d : Dimension.values()) {
                Cell c = cells.get(bank.id()).get(d);
                if (c.isHole()) {
                    holes.add(new Hole(bank.id(), bank.title(), d, c.demand(), c.questionsAsking(),
                            mostAsking(bank, d)));
                }
            }
        }
        // A stable sort: equal holes keep bank and dimension order.
        holes.sort(Comparator.comparingInt(Hole::demand).reversed()
                .thenComparing(Comparator.comparingInt(Hole::questionsAsking).reversed()));
        return holes;
    }

    /** The question of the bank that weighs the dimension most: what "practise it" opens. */
    private static String mostAsking(QuestionBank bank, Dimension d) {
        return bank.questions().stream().filter(q -> q.targets(d))
                .max(Comparator.comparingInt((Question q) -> q.weightOf(d)))
                .map(Question::id).orElse(null);
    }

    private static String topic(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))) {
            return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
        }
        return title;
    }
}
