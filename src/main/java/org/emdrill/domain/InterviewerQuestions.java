package org.emdrill.domain;

import java.util.List;
import java.util.Objects;

/** Questions a candidate can ask at the end of an interview, in titled groups such as Team and Role. */
public record InterviewerQuestions(List<Group> groups) {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    public record Group(String title, List<String> questions) {
        public Group {
            Objects.requireNonNull(title, "title");
            questions = List.copyOf(questions);
        }
    }

    public InterviewerQuestions {
        groups = List.copyOf(groups);
    }

    public int count() {
        return groups.stream().mapToInt(g -> g.questions().size()).sum();
    }

    /** Plain text for the clipboard: each group's title, then its questions as a dashed list. */
    public String asText() {
        StringBuilder sb = new StringBuilder();
        for (Group g : groups) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(g.title()).append('\n');
            g.questions().forEach(q -> sb.append("- ").append(q).append('\n'));
        }
        return sb.toString();
    }
}
