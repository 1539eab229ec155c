package org.litgraph.ingest.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.CoreNlpStage;
import org.litgraph.ingest.nlp.NlpConfig;
import org.litgraph.ingest.nlp.NlpSentence;

/**
 * Every surface form of the seed gazetteer, written into a sentence and tokenized by the real
 * CoreNLP, is recognised as exactly itself and its entity: a surface that CoreNLP splits at
 * punctuation the recognizer does not join could never be found in any document.
 */
class SeedLexiconRecognitionIT {
  /**
   * Rows no tokenization-level fix can reach, left to the gazetteer's curators: CoreNLP ends the
   * sentence after "Staph.", and a bracket inside a name ends a match on purpose (bridging brackets
   * would find "IL-6" in "IL (6 patients)"); "prostaglandin E2" covers the second concept anyway.
   */
  private static final Set<String> UNREACHABLE = Set.of("Staph. aureus", "prostaglandin E(2)");

  @Test
  void everySeedSurfaceIsFoundInARealSentence() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.SEED_RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    for (String[] row : rows) {
      text.append("We noted ");
      starts.add(text.length());
      text.append(row[0]).append(" here.\n\n");
    }
    AnnotatedText annotated = new CoreNlpStage(NlpConfig.defaults()).annotate(text.toString());
    DictionaryRecognizer recognizer = new DictionaryRecognizer(Lexicon.seed());
    List<String> found = new ArrayList<>();
    for (NlpSentence s : annotated.sentences()) {
      for (RecognizedMention m : recognizer.recognize(annotated.text(), s)) {
        found.add(
            m.start()
                + ":"
                + annotated.text().substring(m.start(), m.end())
                + "="
                + m.entity().id());
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (UNREACHABLE.contains(rows.get(i)[0])) {
        continue;
      }
      expected.add(starts.get(i) + ":" + rows.get(i)[0] + "=" + rows.get(i)[1]);
    }
    List<String> missed = new ArrayList<>(expected);
    missed.removeAll(found);
    List<String> extra = new ArrayList<>(found);
    extra.removeAll(expected);
    assertTrue(expected.size() > 800, "surfaces checked: " + expected.size());
    assertEquals(List.of(), missed, "surfaces not recognised as themselves");
    assertEquals(List.of(), extra, "recognised beyond the surfaces");
  }
}
