package org.emdrill.bank;

import java.util.List;
import java.util.Optional;

import org.emdrill.domain.InterviewLoop;
import org.emdrill.domain.Problem;

/**
 * The interview loops that loaded, in file-name order, and the problems of those that did not. A loop that
 * names a question no loaded bank has is left out, so a preset never starts with a hole in it.
 */
public record LoopLibrary(List<InterviewLoop> loops, List<Problem> problems, List<Problem> warnings) {

    public LoopLibrary {
        loops = List.copyOf(loops);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public static LoopLibrary empty() {
        return new LoopLibrary(List.of(), List.of(), List.of());
    }

    public Optional<InterviewLoop> loop(String id) {
        return loops.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
