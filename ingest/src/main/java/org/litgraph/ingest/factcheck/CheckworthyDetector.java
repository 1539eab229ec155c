package org.litgraph.ingest.factcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Citation;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityRef;
import org.litgraph.graph.model.Mention;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Sentence;

/**
 * Finds the check-worthy statements of an annotated piece. Consumes the claim extractor's claims
 * (causal and therapeutic ones, and trial facts) and the sentences; produces one {@link
 * CheckworthyClaim} per claim, per sentence stating statistics, attributions or trial facts, and
 * per cited source (numbered markers, links, journal names, the piece's reference list).
 */
public final class CheckworthyDetector {
  private static final Set<Predicate> SKIPPED = Set.of(Predicate.CO_MENTIONED);
  private static final Set<Predicate> TRIAL_PREDICATES =
      Set.of(Predicate.STUDIES, Predicate.TESTS, Predicate.SPONSORED_BY);
  static final Pattern STATISTIC =
      Pattern.compile(
          "(?i)\\b(?:about |an estimated |around |nearly |over |more than |up to )?\\d[\\d,.]*"
              + "(?:\\s*(?:%|percent|per cent)|\\s+(?:million|billion|thousand|hundred)?\\s*"
              + "(?:cases|deaths|people|patients|adults|children|infections|lives|times|"
              + "percent|participants|women|men|americans|dollars|euros))");
  static final Pattern ATTRIBUTION =
      Pattern.compile(
          "(?i)\\b(?:according to|as reported by|data from|statistics from|figures from)\\s+"
              + "(?:(?:statistics|data|figures|estimates) from\\s+)?((?:the\\s+)?[A-Z][\\w’'.&-]*"
              + "(?:\\s+(?:of|for|and|the|[A-Z][\\w’'.&-]*))*)"
              + "|\\b((?:[A-Z][\\w.-]*\\s*){1,5}|researchers|scientists|doctors|experts|the company"
              + "|the authors)\\s+(?:said|says|announced|reported|stated|explained|warned)\\b");
  static final Pattern TRIAL =
      Pattern.compile(
          "(?i)\\b(?:recruit(?:s|ed|ing)?|enrol(?:l)?(?:s|ed|ing|ment)?|randomi[sz]ed|"
              + "phase\\s+(?:[1-4]|i{1,3}v?|1/2|2/3)|placebo|"
              + "(?:clinical|controlled)\\s+trials?|participants|study called|project)\\b");
  static final Pattern TRIAL_FACT =
      Pattern.compile(
          "(?i)\\b(?:recruit|enrol|phase|\\d+\\s+(?:patients|participants)|randomi[sz]ed|"
              + "called|centers|centres|sites|hospitals)");
  static final Pattern CITATION_MARK = Pattern.compile("\\[(\\d{1,3}(?:[,–-]\\s*\\d{1,3})*)\\]");
  static final Pattern JOURNAL =
      Pattern.compile(
          "(?:[“\"])?((?:Journal of [A-Z][\\w]*(?:\\s+(?:and|of|&|[A-Z][\\w]*))*)"
              + "|(?:[A-Z][\\w]*\\s+){0,4}Journal(?: of [A-Z][\\w]*(?:\\s+(?:and|of|&|[A-Z][\\w]*))*)?"
              + "|The Lancet|Lancet|Nature(?: [A-Z]\\w+)?|Science|Cell|JAMA|BMJ|PLOS ONE|PLoS One"
              + "|Critical Care Medicine|Critical Care|New England Journal of Medicine)(?:[”\"])?");
  static final Pattern LINK = Pattern.compile("https?://[^\\s)\\]]+");

  /** The check-worthy statements, in the order of the piece. */
  public List<CheckworthyClaim> detect(AnnotatedDocument doc, List<Citation> references) {
    Map<Curie, Entity> entities = new HashMap<>();
    doc.entities().forEach(e -> entities.put(e.id(), e));
    List<CheckworthyClaim> out = new ArrayList<>();
    Set<String> seenTriples = new HashSet<>();
    Map<Integer, List<Claim>> claimsBySentence = new LinkedHashMap<>();
    for (Claim c : doc.claims()) {
      if (c.sentence().isPresent() && !SKIPPED.contains(c.predicate())) {
        claimsBySentence.computeIfAbsent(c.sentence().getAsInt(), k -> new ArrayList<>()).add(c);
      }
    }
    for (Sentence s : doc.sentences()) {
      List<EntityRef> named = named(doc, s.index(), entities);
      for (Claim c : claimsBySentence.getOrDefault(s.index(), List.of())) {
        String key =
            c.subject() + " " + c.predicate() + " " + c.object() + " " + c.context().negated();
        if (seenTriples.add(key + "@" + s.index())) {
          out.add(causal(c, s, entities, named));
        }
      }
      String text = s.text();
      Matcher stat = STATISTIC.matcher(text);
      List<String> numbers = new ArrayList<>();
      while (stat.find()) {
        numbers.add(stat.group().strip());
      }
      boolean trialSentence = TRIAL.matcher(text).find() && TRIAL_FACT.matcher(text).find();
      if (!numbers.isEmpty() && !trialSentence) {
        out.add(
            plain(
                CheckKind.STATISTIC,
                s,
                String.join("; ", numbers),
                Optional.empty(),
                named,
                numbers));
      }
      Matcher attr = ATTRIBUTION.matcher(text);
      if (attr.find()) {
        String who = (attr.group(1) != null ? attr.group(1) : attr.group(2)).strip();
        out.add(
            plain(
                CheckKind.ATTRIBUTION,
                s,
                "attributed to " + who,
                Optional.of(who),
                named,
                numbers));
      }
      if (trialSentence) {
        out.add(plain(CheckKind.TRIAL, s, trialSummary(text), Optional.empty(), named, numbers));
      }
      for (String cited : cited(text)) {
        out.add(
            plain(CheckKind.CITATION, s, "cites " + cited, Optional.of(cited), named, List.of()));
      }
    }
    for (Citation ref : references) {
      String label = ref.label().map(l -> "[" + l + "] ").orElse("");
      String text = ref.text().isBlank() ? ref.ids().toString() : ref.text();
      out.add(
          new CheckworthyClaim(
              "",
              CheckKind.CITATION,
              -1,
              label + text,
              "reference " + label + text,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              ClaimContext.NONE,
              Optional.of(label + text),
              List.of()));
    }
    List<CheckworthyClaim> numbered = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CheckworthyClaim c : out) {
      // a headline repeated in the page (title, teaser, heading) is one claim, not four
      if (!seen.add(c.kind() + "|" + c.summary() + "|" + c.sentence().strip())) {
        continue;
      }
      numbered.add(
          new CheckworthyClaim(
              "c" + (numbered.size() + 1),
              c.kind(),
              c.sentenceIndex(),
              c.sentence(),
              c.summary(),
              c.subject(),
              c.predicate(),
              c.object(),
              c.context(),
              c.source(),
              c.entities()));
    }
    return numbered;
  }

  private static CheckworthyClaim causal(
      Claim c, Sentence s, Map<Curie, Entity> entities, List<EntityRef> named) {
    EntityRef subject = EntityRef.of(entities.get(c.subject()));
    EntityRef object = EntityRef.of(entities.get(c.object()));
    ClaimContext ctx = c.context();
    String summary =
        subject.name()
            + (ctx.negated() ? " does not " : " ")
            + c.predicate().label()
            + " "
            + object.name()
            + (ctx.species().isEmpty() ? "" : " (" + String.join(", ", ctx.species()) + ")")
            + (ctx.hedged() ? " [hedged: " + String.join(", ", ctx.hedgeCues()) + "]" : "");
    CheckKind kind = TRIAL_PREDICATES.contains(c.predicate()) ? CheckKind.TRIAL : CheckKind.CAUSAL;
    return new CheckworthyClaim(
        "",
        kind,
        s.index(),
        s.text(),
        summary,
        Optional.of(subject),
        Optional.of(c.predicate()),
        Optional.of(object),
        ctx,
        Optional.empty(),
        named);
  }

  private static CheckworthyClaim plain(
      CheckKind kind,
      Sentence s,
      String summary,
      Optional<String> source,
      List<EntityRef> named,
      List<String> quantities) {
    ClaimContext ctx =
        new ClaimContext(false, List.of(), false, List.of(), List.of(), "unknown", quantities);
    return new CheckworthyClaim(
        "",
        kind,
        s.index(),
        s.text(),
        summary,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ctx,
        source,
        named);
  }

  private static String trialSummary(String text) {
    Matcher m = TRIAL_FACT.matcher(text);
    List<String> facts = new ArrayList<>();
    while (m.find() && facts.size() < 4) {
      int end = Math.min(text.length(), m.end() + 40);
      int cut = text.indexOf(' ', Math.min(end, text.length() - 1));
      facts.add(text.substring(m.start(), cut < 0 ? text.length() : cut).strip());
    }
    return "trial fact: " + String.join(" … ", facts);
  }

  /** Sources a sentence cites: numbered markers, links and journal names. */
  static List<String> cited(String text) {
    List<String> out = new ArrayList<>();
    Matcher mark = CITATION_MARK.matcher(text);
    while (mark.find()) {
      out.add("[" + mark.group(1) + "]");
    }
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      out.add(link.group());
    }
    Matcher journal = JOURNAL.matcher(text);
    while (journal.find()) {
      String name = journal.group(1).strip();
      if (name.contains("Journal")
          || journal.group().startsWith("“")
          || journal.group().startsWith("\"")) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<EntityRef> named(
      AnnotatedDocument doc, int sentence, Map<Curie, Entity> entities) {
    Map<Curie, EntityRef> out = new LinkedHashMap<>();
    for (Mention m : doc.mentionsIn(sentence)) {
      Entity e = entities.get(m.entityId());
      if (e != null) {
        out.putIfAbsent(e.id(), EntityRef.of(e));
      }
    }
    return List.copyOf(out.values());
  }
}
