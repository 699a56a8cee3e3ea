package org.emdrill.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.emdrill.domain.Problem;

/**
 * The outcome of reading one file: either a value, or the problems that stopped it. Warnings (such as
 * unknown fields from a newer version) never stop a file and may come with either outcome.
 *
 * @param value    present exactly when {@code problems} is empty
 * @param problems everything wrong with the file, in file order where possible
 * @param warnings things worth telling the user that do not stop the file from loading
 */
public record ParseResult<T>(T value, List<Problem> problems, List<Problem> warnings) {

    public ParseResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (problems.isEmpty() == (value == null)) {
            throw new IllegalArgumentException("a result has either a value or problems, not both or neither");
        }
    }

    public static <T> ParseResult<T> of(T value, List<Problem> warnings) {
        return new ParseResult<>(Objects.requireNonNull(value, "value"), List.of(), warnings);
    }

    public static <T> ParseResult<T> failed(List<Problem> problems, List<Problem> warnings) {
        return new ParseResult<>(null, problems, warnings);
    }

    public static <T> ParseResult<T> failed(Problem problem) {
        return new ParseResult<>(null, List.of(problem), List.of());
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public Optional<T> valueIfValid() {
        return Optional.ofNullable(value);
    }

    /** The same outcome with the value transformed; problems and warnings carry over. */
    public <U> ParseResult<U> map(Function<? super T, ? extends U> mapper) {
        return isValid() ? of(mapper.apply(value), warnings) : failed(problems, warnings);
    }
}
