package org.emdrill.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Measures how an answer was delivered from its audio alone (see {@link DeliveryFigures}). */
public final class SpeechAnalyzer {

    static final double LONG_PAUSE_SECONDS = 2.0;

    /** The figures and the stretches of speech they were measured from. */
    public record Analysis(DeliveryFigures figures, List<Span> speech) {
        public Analysis {
            speech = List.copyOf(speech);
        }
    }

    public DeliveryFigures analyze(Path wav) throws IOException {
        try (WavReader in = WavReader.open(wav)) {
            return analyze(FrameScan.of(in)).figures();
        }
    }

    public DeliveryFigures analyze(SampleStream in) throws IOException {
        return analyze(FrameScan.of(in)).figures();
    }

    public Analysis analyze(FrameScan scan) {
        double threshold = SpeechThreshold.of(scan.bandDb());
        List<Span> speech = SpeechSegments.find(scan, threshold);
        if (speech.isEmpty()) {
            return new Analysis(DeliveryFigures.empty(scan.durationSeconds()), speech);
        }
        double talk = 0;
        for (Span s : speech) {
            talk += s.seconds();
        }
        List<Span> pauses = new ArrayList<>();
        int over2 = 0;
        double longest = 0;
        for (int i = 1; i < speech.size(); i++) {
            Span pause = new Span(speech.get(i - 1).endSeconds(), speech.get(i).startSeconds());
            pauses.add(pause);
            longest = Math.max(longest, pause.seconds());
            if (pause.seconds() > LONG_PAUSE_SECONDS) {
                over2++;
            }
        }
        int nuclei = SyllableCounter.count(scan, speech, threshold);
        DeliveryFigures figures = new DeliveryFigures(scan.durationSeconds(), talk, speech.get(0).startSeconds(),
                over2, longest, nuclei / talk, pauses);
        return new Analysis(figures, speech);
    }
}
