package org.litgraph.ingest.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Recognises clinical trials and what the text says about them.
 *
 * <p>Consumes: annotated text and the mentions found so far (diseases, cells, drugs, places,
 * organisations). Produces: ClinicalTrial mentions — registry ids ({@code NCT01234567}) and
 * acronyms introduced by a cue ("a study called SEPCELL", "the CELLSEPT-2 trial"; once introduced,
 * every later use counts) — whose entities carry attributes read from the sentences about the
 * trial: {@code enrolment}, {@code phase}, {@code status}, {@code region}, {@code condition},
 * {@code intervention}, {@code sponsor} and {@code registry_id}. Sentences about the trial are
 * those naming it and, when the document names one trial only, those that refer back to "the
 * study", "the trial" or "the project".
 */
final class TrialRules {
  static final Provenance PROVENANCE = new Provenance("trial-rules", "1");

  private static final Pattern NCT = Pattern.compile("NCT\\d{8}");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*");
  private static final Pattern JOINABLE = Pattern.compile("-|-?[A-Z0-9]+");
  private static final Set<String> CUES =
      Set.of(
          "trial",
          "trials",
          "study",
          "studies",
          "project",
          "programme",
          "program",
          "called",
          "named",
          "dubbed",
          "acronym");

  /** Acronyms that are never trial names, whatever their context. */
  private static final Set<String> NOT_TRIALS =
      Set.of(
          "ICU", "WHO", "USA", "DNA", "RNA", "HIV", "AIDS", "COVID", "SARS", "CRISPR", "MRI", "PCR",
          "FDA", "EMA", "NIH", "CDC", "NHS", "SOFA", "APACHE", "ELISA", "CLP", "LPS", "RCT", "MSC",
          "MSCS");

  private static final Pattern ANAPHOR =
      Pattern.compile(
          "\\b(?:the|this) (?:study|trial|project|programme|program)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENROLMENT =
      Pattern.compile(
          "\\b(?:recruit|enrol|enroll|include|randomi[sz]e|involve|treat)\\w*\\s+"
              + "(?:about |approximately |around |up to |some |a total of )?(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+"
              + "(?:[a-z-]+ ){0,2}(?:patients|participants|adults|subjects|volunteers|people|children|infants)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENROLLED =
      Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[a-z-]+ ){0,2}(?:patients|participants|adults|subjects)\\s+"
              + "(?:were|will be|are being|have been)\\s+(?:enrolled|recruited|randomi[sz]ed|included)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PHASE =
      Pattern.compile(
          "\\bphase:?\\s+(IV|I{1,3}|[1-4])(?:\\s*(?:/|-|–|and)\\s*(IV|I{1,3}|[1-4]))?\\b",
          Pattern.CASE_INSENSITIVE);

  /** Registry-style fields: "Planned enrolment: 120 participants", "Status: recruiting". */
  private static final Pattern ENROLMENT_FIELD =
      Pattern.compile(
          "\\benrol(?:l)?ment:?\\s+(\\d{1,3}(?:,\\d{3})+|\\d+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern STATUS_FIELD =
      Pattern.compile(
          "\\bstatus(?: at registration)?:\\s*(not yet recruiting|active, not recruiting|recruiting"
              + "|enrolling by invitation|completed|terminated|withdrawn|suspended)",
          Pattern.CASE_INSENSITIVE);

  /** In a document about one trial, sentences with such fields are about it. */
  private static final Pattern FIELD =
      Pattern.compile(
          "\\b(?:sponsor|phase|status|enrol(?:l)?ment|conditions?|interventions?)\\b[^:.]{0,20}:",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RECRUITING =
      Pattern.compile(
          "\\b(?:is|are) (?:currently |now )?recruiting\\b|\\bcurrently recruiting\\b",
          Pattern.CASE_INSENSITIVE);

  List<RecognizedMention> recognize(AnnotatedText text, List<RecognizedMention> known) {
    String doc = text.text();
    Map<String, List<int[]>> uses = new LinkedHashMap<>(); // name -> [sentence, start, end]
    Set<String> introduced = new LinkedHashSet<>();
    for (NlpSentence s : text.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        int last = joinedEnd(tokens, i);
        Token t = tokens.get(i);
        int end = tokens.get(last).end();
        String word = doc.substring(t.start(), end);
        boolean nct = NCT.matcher(word).matches();
        if ((!nct && !isAcronymCandidate(word))
            || overlapsKnown(known, s.index(), t.start(), end)) {
          continue;
        }
        uses.computeIfAbsent(word, k -> new ArrayList<>())
            .add(new int[] {s.index(), t.start(), end});
        if (nct || hasCue(tokens, i) || hasCue(tokens, last) || headsTrialTitle(tokens, last)) {
          introduced.add(word);
        }
        i = last;
      }
    }
    // what the trial names replace ("SHOCK" in STROMA-SHOCK) says nothing about the trials
    List<RecognizedMention> context =
        known.stream()
            .filter(
                k ->
                    introduced.stream()
                        .flatMap(n -> uses.get(n).stream())
                        .noneMatch(
                            u -> u[0] == k.sentenceIndex() && k.start() < u[2] && u[1] < k.end()))
            .toList();
    List<RecognizedMention> found = new ArrayList<>();
    // The document's main trial is the one named first (registry records and abstracts name it in
    // the title); sentences that only say "the study" or hold registry fields are about it.
    String main =
        introduced.stream().min(Comparator.comparingInt(n -> firstUse(uses.get(n)))).orElse(null);
    for (String name : introduced) {
      Entity trial = trialEntity(name);
      Set<Integer> about = sentencesAbout(text, uses.get(name), name.equals(main));
      trial = trial.withAttributes(attributes(text, about, context));
      for (int[] use : uses.get(name)) {
        found.add(new RecognizedMention(use[0], use[1], use[2], trial, PROVENANCE));
      }
    }
    return found;
  }

  /**
   * The last token of a name the tokenizer split at hyphens ("CELLSEPT", "-", "2"): following
   * tokens are joined while they touch the previous one and are hyphens or upper-case/digits.
   */
  private static int joinedEnd(List<Token> tokens, int i) {
    int j = i;
    while (j + 1 < tokens.size()
        && tokens.get(j + 1).start() == tokens.get(j).end()
        && JOINABLE.matcher(tokens.get(j + 1).text()).matches()) {
      j++;
    }
    while (j > i && tokens.get(j).text().equals("-")) {
      j--; // never end on a hyphen
    }
    return j;
  }

  private static int firstUse(List<int[]> uses) {
    return uses.stream().mapToInt(u -> u[1]).min().orElse(Integer.MAX_VALUE);
  }

  private static boolean isAcronymCandidate(String word) {
    if (!ACRONYM.matcher(word).matches() || NOT_TRIALS.contains(word.toUpperCase(Locale.ROOT))) {
      return false;
    }
    long letters = word.chars().filter(Character::isLetter).count();
    return letters >= 4;
  }

  /** "PNEUMO-STROMA-1: Phase 1/2 Dose-Escalation Study of ...": a name heading a trial title. */
  private static boolean headsTrialTitle(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size() || !tokens.get(last + 1).text().equals(":")) {
      return false;
    }
    for (int j = last + 2; j < tokens.size(); j++) {
      if (CUES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCue(List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 4); j <= Math.min(tokens.size() - 1, i + 6); j++) {
      if (j != i && CUES.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an earlier mention clashes with a candidate span. A mention strictly inside a
   * hyphen-joined name ("SHOCK" in STROMA-SHOCK, "PNEUMO" read as a place) does not clash: the
   * trial name replaces it.
   */
  private static boolean overlapsKnown(
      List<RecognizedMention> known, int sentence, int start, int end) {
    return known.stream()
        .anyMatch(
            k ->
                k.sentenceIndex() == sentence
                    && k.start() < end
                    && start < k.end()
                    && !(k.start() >= start
                        && k.end() <= end
                        && k.end() - k.start() < end - start));
  }

  private static Entity trialEntity(String name) {
    Curie id =
        NCT.matcher(name).matches()
            ? new Curie("clinicaltrials", name)
            : new Curie("LITGRAPH", "trial-" + GeneralNerMapper.slug(name));
    return new Entity(id, EntityCategory.CLINICAL_TRIAL, name, List.of(), List.of());
  }

  private static Set<Integer> sentencesAbout(
      AnnotatedText text, List<int[]> uses, boolean mainTrial) {
    Set<Integer> about = new LinkedHashSet<>();
    uses.forEach(u -> about.add(u[0]));
    if (mainTrial) {
      for (NlpSentence s : text.sentences()) {
        String sentence = text.text().substring(s.start(), s.end());
        if (ANAPHOR.matcher(sentence).find() || FIELD.matcher(sentence).find()) {
          about.add(s.index());
        }
      }
    }
    return about;
  }

  private static Map<String, String> attributes(
      AnnotatedText text, Set<Integer> about, List<RecognizedMention> known) {
    Map<String, String> attrs = new LinkedHashMap<>();
    Set<String> conditions = new LinkedHashSet<>();
    Set<String> interventions = new LinkedHashSet<>();
    Set<String> regions = new LinkedHashSet<>();
    Set<String> sponsors = new LinkedHashSet<>();
    for (NlpSentence s : text.sentences()) {
      if (!about.contains(s.index())) {
        continue;
      }
      String sentence = text.text().substring(s.start(), s.end());
      find(ENROLMENT, sentence)
          .or(() -> find(ENROLLED, sentence))
          .ifPresent(n -> attrs.putIfAbsent("enrolment", n.replace(",", "")));
      Matcher phase = PHASE.matcher(sentence);
      if (phase.find() && !attrs.containsKey("phase")) {
        attrs.put(
            "phase",
            phase.group(2) == null
                ? arabic(phase.group(1))
                : arabic(phase.group(1)) + "/" + arabic(phase.group(2)));
      }
      find(ENROLMENT_FIELD, sentence)
          .ifPresent(n -> attrs.putIfAbsent("enrolment", n.replace(",", "")));
      Optional<String> status = find(STATUS_FIELD, sentence);
      if (status.isPresent()) {
        attrs.put("status", status.get().toLowerCase(Locale.ROOT));
      } else if (RECRUITING.matcher(sentence).find()) {
        attrs.putIfAbsent("status", "recruiting");
      }
      boolean enrolmentSentence =
          ENROLMENT.matcher(sentence).find()
              || ENROLLED.matcher(sentence).find()
              || ENROLMENT_FIELD.matcher(sentence).find();
      for (RecognizedMention m : known) {
        if (m.sentenceIndex() != s.index()) {
          continue;
        }
        switch (m.entity().category()) {
          case DISEASE -> conditions.add(m.entity().name());
          case CELL, CHEMICAL_ENTITY -> interventions.add(m.entity().name());
          case PLACE -> {
            if (enrolmentSentence) {
              regions.add(m.entity().name());
            }
          }
          case ORGANIZATION -> sponsors.add(m.entity().name());
          default -> {
            /* other categories say nothing about the trial's design */
          }
        }
      }
    }
    // the sponsor is often introduced in the paragraph around the trial's first mention
    if (sponsors.isEmpty()) {
      sponsors.addAll(organisationsNear(text, about, known));
    }
    putJoined(attrs, "condition", conditions);
    putJoined(attrs, "intervention", interventions);
    putJoined(attrs, "region", regions);
    putJoined(attrs, "sponsor", sponsors);
    return attrs;
  }

  /** Organisations in the sentences next to the trial's sentences, within the same paragraph. */
  private static Set<String> organisationsNear(
      AnnotatedText text, Set<Integer> about, List<RecognizedMention> known) {
    Set<String> out = new LinkedHashSet<>();
    List<NlpSentence> sentences = text.sentences();
    for (int i : about) {
      for (int j : new int[] {i - 1, i + 1}) {
        if (j < 0
            || j >= sentences.size()
            || !sameParagraph(text, sentences.get(i), sentences.get(j))) {
          continue;
        }
        for (RecognizedMention m : known) {
          if (m.sentenceIndex() == j && m.entity().category() == EntityCategory.ORGANIZATION) {
            out.add(m.entity().name());
          }
        }
      }
    }
    return out;
  }

  private static boolean sameParagraph(AnnotatedText text, NlpSentence a, NlpSentence b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    return from >= to || !text.text().substring(from, to).contains("\n\n");
  }

  private static Optional<String> find(Pattern p, String sentence) {
    Matcher m = p.matcher(sentence);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String arabic(String roman) {
    return switch (roman.toUpperCase(Locale.ROOT)) {
      case "I" -> "1";
      case "II" -> "2";
      case "III" -> "3";
      case "IV" -> "4";
      default -> roman;
    };
  }

  private static void putJoined(Map<String, String> attrs, String key, Set<String> values) {
    if (!values.isEmpty()) {
      attrs.put(key, String.join("; ", values));
    }
  }
}
