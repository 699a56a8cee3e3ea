package org.emdrill.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.emdrill.domain.AnswerMode;
import org.emdrill.domain.AttemptDraft;
import org.emdrill.domain.Dimension;
import org.emdrill.domain.Scores;
import org.emdrill.domain.StarElement;

/**
 * Keeps the attempt in progress in {@code drafts/current.json}, written atomically so a kill or power
 * cut leaves either the previous draft or the new one, never half of each. An unreadable draft is moved
 * aside, not deleted: it may still hold words the user wants.
 */
public final class DraftStore {

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());
    private static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public DraftStore(Path draftsFolder) {
        this.file = draftsFolder.resolve("current.json");
    }

    public Path file() {
        return file;
    }

    public void save(AttemptDraft draft) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsBytes(toJson(draft)));
    }

    public void clear() throws IOException {
        Files.deleteIfExists(file);
    }

    public Optional<AttemptDraft> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("draft larger than " + MAX_BYTES + " bytes");
            }
            return Optional.of(fromJson(mapper.readTree(Files.readAllBytes(file))));
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling("unreadable-" + System.currentTimeMillis() + ".json");
            LOG.log(System.Logger.Level.WARNING, "draft unreadable (" + e.getClass().getSimpleName()
                    + "); kept as " + aside.getFileName());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.log(System.Logger.Level.WARNING, "could not move the unreadable draft aside");
            }
            return Optional.empty();
        }
    }

    private ObjectNode toJson(AttemptDraft d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("version", 1);
        n.put("bankId", d.bankId());
        n.put("bankTitle", d.bankTitle());
        n.put("questionId", d.questionId());
        n.put("prompt", d.prompt());
        n.put("mode", d.mode().id());
        n.put("prepMs", d.prepElapsed().toMillis());
        n.put("answerMs", d.answerElapsed().toMillis());
        n.put("inPrep", d.inPrep());
        n.put("answerFinished", d.answerFinished());
        n.put("answerText", d.answerText());
        n.put("notes", d.notes());
        ObjectNode scores = n.putObject("scores");
        d.scores().values().forEach((dim, v) -> scores.put(dim.id(), v));
        ArrayNode star = n.putArray("star");
        d.star().forEach(e -> star.add(e.id()));
        if (d.startedAt() != null) {
            n.put("startedAt", d.startedAt().toString());
        }
        n.put("savedAt", d.savedAt().toString());
        return n;
    }

    private static AttemptDraft fromJson(JsonNode n) {
        if (!n.isObject() || !n.path("bankId").isTextual() || !n.path("questionId").isTextual()) {
            throw new IllegalArgumentException("not a draft");
        }
        Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
        n.path("scores").fields().forEachRemaining(e -> Dimension.fromId(e.getKey()).ifPresent(dim -> {
            int v = e.getValue().asInt();
            if (v >= 1 && v <= 5) {
                scores.put(dim, v);
            }
        }));
        EnumSet<StarElement> star = EnumSet.noneOf(StarElement.class);
        n.path("star").forEach(s -> StarElement.fromId(s.asText()).ifPresent(star::add));
        return new AttemptDraft(
                n.path("bankId").asText(), n.path("bankTitle").asText(""), n.path("questionId").asText(),
                n.path("prompt").asText(""), AnswerMode.fromId(n.path("mode").asText()).orElse(AnswerMode.TYPED),
                Duration.ofMillis(n.path("prepMs").asLong()), Duration.ofMillis(n.path("answerMs").asLong()),
                n.path("inPrep").asBoolean(), n.path("answerFinished").asBoolean(),
                n.path("answerText").asText(""), n.path("notes").asText(""), new Scores(scores), star,
                n.hasNonNull("startedAt") ? Instant.parse(n.path("startedAt").asText()) : null,
                Instant.parse(n.path("savedAt").asText()));
    }
}
