package org.emdrill.bank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.emdrill.domain.BankSource;
import org.emdrill.domain.QuestionBank;

/** Small valid bank files for tests, of the bank package and of the Banks screen. */
public final class BankJson {

    private BankJson() {
    }

    /** A bank with one coaching-and-leadership question per given question id. */
    public static String bank(String id, String title, String... questionIds) {
        StringBuilder sb = new StringBuilder("{\n  \"schemaVersion\": 1,\n  \"id\": \"" + id + "\",\n  \"title\": \""
                + title + "\",\n  \"questions\": [\n");
        for (int i = 0; i < questionIds.length; i++) {
            sb.append("""
                        {
                          "id": "%s",
                          "prompt": "Tell me about a time you coached an engineer through %s.",
                          "followUps": ["What changed afterwards?"],
                          "dimensions": { "coaching": 3, "leadership": 1 },
                          "signals": ["Agrees concrete expectations"],
                          "redFlags": ["Blames the engineer"],
                          "targetSeconds": 120,
                          "level": "new-manager",
                          "tags": ["feedback"]
                        }""".formatted(questionIds[i], questionIds[i]));
            sb.append(i + 1 < questionIds.length ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    public static Path write(Path folder, String fileName, String json) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(fileName), json, StandardCharsets.UTF_8);
    }

    public static QuestionBank parse(String json, BankSource source, String origin) {
        return new BankParser().parse(json.getBytes(StandardCharsets.UTF_8), origin, source).value();
    }

    /** Well-formed JSON, but the question on line 6 names a dimension that does not exist. */
    public static final String BROKEN = """
            {
              "schemaVersion": 1,
              "id": "broken-bank",
              "title": "Broken",
              "questions": [
                { "id": "broken-one", "prompt": "Why?", "dimensions": { "charisma": 2 } }
              ]
            }
            """;
}
