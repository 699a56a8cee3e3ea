package org.emdrill.insights;

/**
 * How an answer's words divide between setting the scene, what the candidate did, and how it ended,
 * against what interviewers like to hear: situation and task about a third, action about half, result
 * and reflection the rest.
 *
 * @param setup   share of words in situation and task, 0..1
 * @param action  share of words in action
 * @param outcome share of words in result and reflection
 */
public record StarSplit(double setup, double action, double outcome) {

    public static final double TARGET_SETUP = 1.0 / 3;
    public static final double TARGET_ACTION = 1.0 / 2;
    public static final double TARGET_OUTCOME = 1.0 / 6;
    /** How far a share may stray from its target (in share points) and still count as about right. */
    public static final double TOLERANCE = 0.10;

    public static final StarSplit NONE = new StarSplit(0, 0, 0);

    public enum Balance { SHORT, ABOUT_RIGHT, LONG }

    public Balance setupBalance() {
        return balance(setup, TARGET_SETUP);
    }

    public Balance actionBalance() {
        return balance(action, TARGET_ACTION);
    }

    public Balance outcomeBalance() {
        return balance(outcome, TARGET_OUTCOME);
    }

    private static Balance balance(double share, double target) {
        if (share < target - TOLERANCE) {
            return Balance.SHORT;
        }
        return share > target + TOLERANCE ? Balance.LONG : Balance.ABOUT_RIGHT;
    }
}
