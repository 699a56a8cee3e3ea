package org.emdrill.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.emdrill.domain.Problem;

/** Collects the problems and warnings found in one file, so every one of them can be reported at once. */
final class Findings {

    private final String file;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(SourcePosition at, String field, String message) {
        errors.add(problem(at, field, message));
    }

    void warn(SourcePosition at, String field, String message) {
        warnings.add(problem(at, field, message));
    }

    /** Field paths and messages quote names and values from the file, so both are made printable here. */
    private Problem problem(SourcePosition at, String field, String message) {
        return new Problem(Messages.printable(file), at.line(), at.column(), Messages.printable(field),
                Messages.printable(message));
    }

    void addErrors(List<Problem> problems) {
        errors.addAll(problems);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** In file order, so they read top to bottom like the file; a stable sort keeps ties as found. */
    List<Problem> errors() {
        return inFileOrder(errors);
    }

    List<Problem> warnings() {
        return inFileOrder(warnings);
    }

    int errorCount() {
        return errors.size();
    }

    private static List<Problem> inFileOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }

    <T> ParseResult<T> result(T valueIfNoErrors) {
        return hasErrors() ? ParseResult.failed(errors(), warnings()) : ParseResult.of(valueIfNoErrors, warnings());
    }
}
