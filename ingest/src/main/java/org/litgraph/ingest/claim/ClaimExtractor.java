package org.litgraph.ingest.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.litgraph.graph.model.ClaimContext;
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.entity.RecognizedMention;
import org.litgraph.ingest.nlp.AnnotatedText;
import org.litgraph.ingest.nlp.Dependency;
import org.litgraph.ingest.nlp.NlpSentence;
import org.litgraph.ingest.nlp.Token;

/**
 * Extracts claims from dependency-parsed sentences: for each trigger word (a verb such as "reduce",
 * a noun such as "treatment"), the entity mentions that are its subject and object through the
 * enhanced++ dependencies, with the claim's context (negation, hedging, species, study type,
 * quantities).
 *
 * <p>Consumes: {@link AnnotatedText} whose sentences carry dependencies, and the recognised entity
 * mentions. Produces: one {@link ExtractedClaim} per (subject, predicate, object, sentence). The
 * rules, in the order they apply:
 *
 * <ul>
 *   <li>active voice: nominal subject → direct object or the trigger's prepositional objects ("lead
 *       <b>to</b>", "protect <b>against</b>");
 *   <li>passive voice and participles: "X caused by Y" gives Y causes X, "X derived from Y" gives X
 *       derived_from Y (the trigger table says which);
 *   <li>a trigger without a subject takes the one of the verb it completes ("aims to develop X to
 *       fight Y", "using X to treat Y" gives X treats Y);
 *   <li>arguments pass through quantity and vehicle words: "levels of cytokines", "the activity of
 *       neutrophils", "the use of MSCs", "stem cell therapy", "properties" of what has them;
 *   <li>pronouns and "the project" / "these cells" resolve to the salient mention of the preceding
 *       sentences;
 *   <li>in a sentence about a clinical trial, X treats Y also gives trial studies Y and trial tests
 *       X; "the project is recruiting patients with Y" gives trial studies Y; a trial's sponsor
 *       (from the trial rules) gives trial sponsored_by organisation.
 * </ul>
 *
 * <p>Work is bounded: at most {@value #MAX_CLAIMS_PER_SENTENCE} claims per sentence and {@value
 * #MAX_CLAIMS_PER_DOCUMENT} per document; the rest are counted as dropped.
 */
public final class ClaimExtractor {
  /** The dependency rules. */
  public static final Provenance RULES = new Provenance("litgraph-dependency-rules", "1");

  /** Document-level trial rules (sponsor). */
  public static final Provenance TRIAL_RULES = new Provenance("litgraph-trial-rules", "1");

  static final int MAX_CLAIMS_PER_SENTENCE = 50;
  static final int MAX_CLAIMS_PER_DOCUMENT = 5_000;

  private static final Set<String> PASS_THROUGH =
      Set.of(
          "level",
          "amount",
          "concentration",
          "expression",
          "production",
          "secretion",
          "release",
          "activity",
          "function",
          "number",
          "count",
          "formation",
          "proliferation",
          "infiltration",
          "accumulation",
          "recruitment",
          "activation",
          "use",
          "administration",
          "injection",
          "infusion",
          "transplantation",
          "transfer",
          "treatment",
          "therapy",
          "application",
          "delivery",
          "property",
          "ability",
          "capacity",
          "potential",
          "presence",
          "derivation");
  private static final Set<String> OUTCOMES =
      Set.of(
          "mortality",
          "death",
          "risk",
          "incidence",
          "severity",
          "symptom",
          "progression",
          "onset",
          "burden",
          "complication",
          "recurrence");
  private static final Set<String> HAVE_ATTRIBUTES =
      Set.of("property", "ability", "capacity", "potential", "effect");
  private static final Set<String> VEHICLES =
      Set.of(
          "use",
          "using",
          "utilize",
          "utilise",
          "employ",
          "administer",
          "apply",
          "give",
          "inject",
          "transplant",
          "infuse",
          "develop");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "them", "this", "these");
  private static final Set<String> TRIAL_WORDS = Set.of("project", "trial", "study");
  private static final Map<String, EntityCategory> REFERRING_NOUNS =
      Map.of(
          "cell", EntityCategory.CELL,
          "drug", EntityCategory.CHEMICAL_ENTITY,
          "compound", EntityCategory.CHEMICAL_ENTITY,
          "disease", EntityCategory.DISEASE,
          "condition", EntityCategory.DISEASE,
          "company", EntityCategory.ORGANIZATION);

  /** Organisms and models a disease adjective turns into a disease model: "septic mice". */
  private static final Set<String> DISEASE_HOSTS =
      Set.of(
          "mouse",
          "mice",
          "rat",
          "animal",
          "patient",
          "pig",
          "dog",
          "rabbit",
          "model",
          "sheep",
          "primate",
          "subject",
          "individual",
          "adult",
          "child");

  private static final Set<String> PATIENT_WORDS =
      Set.of("patient", "subject", "participant", "individual", "people", "adult", "child");
  private static final Set<String> SPECIES_IDS =
      Set.of(
          "MESH:D006801",
          "MESH:D051381",
          "MESH:D051379",
          "NCBITaxon:9606",
          "NCBITaxon:10116",
          "NCBITaxon:10090");

  private final ClaimTriggers triggers;

  public ClaimExtractor() {
    this(ClaimTriggers.standard());
  }

  ClaimExtractor(ClaimTriggers triggers) {
    this.triggers = triggers;
  }

  /** Claims found in a document, and how many were dropped at the caps. */
  public record Result(List<ExtractedClaim> claims, int dropped) {
    public Result {
      claims = List.copyOf(claims);
    }
  }

  /** Extracts the claims of one document. Sentences without a parse yield none. */
  public Result extract(AnnotatedText text, List<RecognizedMention> mentions, DocumentKind kind) {
    Map<Integer, List<RecognizedMention>> bySentence = new HashMap<>();
    for (RecognizedMention m : mentions) {
      bySentence.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(m);
    }
    bySentence.values().forEach(l -> l.sort(Comparator.comparingInt(RecognizedMention::start)));
    Discourse discourse = new Discourse(mentions);
    Map<String, ExtractedClaim> claims = new LinkedHashMap<>();
    int dropped = 0;
    for (NlpSentence s : text.sentences()) {
      List<RecognizedMention> here = bySentence.getOrDefault(s.index(), List.of());
      if (s.parsed() && !here.isEmpty()) {
        SentenceClaims found = new SentenceClaims(text, s, here, kind, discourse);
        List<ExtractedClaim> list = found.extract();
        int kept = 0;
        for (ExtractedClaim c : list) {
          String key = c.triple() + "@" + c.sentenceIndex();
          if (claims.containsKey(key)) {
            continue;
          }
          if (kept >= MAX_CLAIMS_PER_SENTENCE || claims.size() >= MAX_CLAIMS_PER_DOCUMENT) {
            dropped++;
            continue;
          }
          claims.put(key, c);
          kept++;
        }
        discourse.update(found);
      } else {
        discourse.update(here);
      }
    }
    for (ExtractedClaim c : sponsorClaims(text, mentions, kind)) {
      claims.putIfAbsent(c.triple() + "@" + c.sentenceIndex(), c);
    }
    return new Result(List.copyOf(claims.values()), dropped);
  }

  /** trial sponsored_by organisation, from the trial rules' sponsor attribute. */
  private static List<ExtractedClaim> sponsorClaims(
      AnnotatedText text, List<RecognizedMention> mentions, DocumentKind kind) {
    List<ExtractedClaim> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (RecognizedMention trial : mentions) {
      if (trial.entity().category() != EntityCategory.CLINICAL_TRIAL
          || !done.add(trial.entity().id().toString())) {
        continue;
      }
      String sponsors = trial.entity().attributes().getOrDefault("sponsor", "");
      if (sponsors.isBlank()) {
        continue;
      }
      Set<String> names = new HashSet<>();
      for (String name : sponsors.split(";")) {
        names.add(name.strip().toLowerCase(Locale.ROOT));
      }
      Set<String> seen = new HashSet<>();
      for (RecognizedMention org : mentions) {
        if (org.entity().category() == EntityCategory.ORGANIZATION
            && names.contains(org.entity().name().toLowerCase(Locale.ROOT))
            && seen.add(org.entity().id().toString())) {
          NlpSentence s = text.sentences().get(org.sentenceIndex());
          String sentence = text.text().substring(s.start(), s.end());
          ClaimContext context =
              new ClaimContext(
                  false,
                  List.of(),
                  false,
                  List.of(),
                  List.of(),
                  ContextCues.studyType(
                      sentence, List.of(), kind, Optional.of(trial), phase(trial)),
                  List.of());
          out.add(
              new ExtractedClaim(
                  trial,
                  Predicate.SPONSORED_BY,
                  org,
                  org.sentenceIndex(),
                  -1,
                  -1,
                  "",
                  context,
                  TRIAL_RULES));
        }
      }
    }
    return out;
  }

  static Optional<String> phase(RecognizedMention trial) {
    return Optional.ofNullable(trial.entity().attributes().get("phase"));
  }

  /** What earlier sentences make salient, for pronouns and definite descriptions. */
  static final class Discourse {
    private final List<RecognizedMention> all;
    private RecognizedMention salient;
    private final Map<EntityCategory, RecognizedMention> lastByCategory = new HashMap<>();

    Discourse(List<RecognizedMention> all) {
      this.all = all;
    }

    void update(List<RecognizedMention> sentenceMentions) {
      for (RecognizedMention m : sentenceMentions) {
        lastByCategory.put(m.entity().category(), m);
      }
      if (!sentenceMentions.isEmpty()) {
        salient = sentenceMentions.getFirst();
      }
    }

    void update(SentenceClaims found) {
      update(found.mentions);
      found.subjectMention().ifPresent(m -> salient = m);
    }

    Optional<RecognizedMention> salient() {
      return Optional.ofNullable(salient);
    }

    Optional<RecognizedMention> last(EntityCategory category) {
      return Optional.ofNullable(lastByCategory.get(category));
    }

    /** The trial the document is about: the most recent trial mention up to this sentence. */
    Optional<RecognizedMention> trial(int sentenceIndex) {
      RecognizedMention best = null;
      for (RecognizedMention m : all) {
        if (m.entity().category() == EntityCategory.CLINICAL_TRIAL
            && m.sentenceIndex() <= sentenceIndex) {
          best = m;
        }
      }
      return Optional.ofNullable(best);
    }
  }

  /** The claims of one sentence. */
  private final class SentenceClaims {
    private final AnnotatedText text;
    private final NlpSentence sentence;
    private final List<RecognizedMention> mentions;
    private final DocumentKind kind;
    private final Discourse discourse;
    private final SentenceGraph g;
    private final RecognizedMention[] mentionAt;
    private final String sentenceText;
    private RecognizedMention subject;
    private final Set<RecognizedMention> diseaseModels = new HashSet<>();

    SentenceClaims(
        AnnotatedText text,
        NlpSentence sentence,
        List<RecognizedMention> mentions,
        DocumentKind kind,
        Discourse discourse) {
      this.text = text;
      this.sentence = sentence;
      this.mentions = mentions;
      this.kind = kind;
      this.discourse = discourse;
      this.g = new SentenceGraph(sentence);
      this.sentenceText = text.text().substring(sentence.start(), sentence.end());
      this.mentionAt = new RecognizedMention[sentence.tokens().size()];
      for (int i = 0; i < mentionAt.length; i++) {
        Token t = sentence.tokens().get(i);
        for (RecognizedMention m : mentions) {
          if (t.start() < m.end() && m.start() < t.end()) {
            mentionAt[i] = m;
            break;
          }
        }
      }
    }

    Optional<RecognizedMention> subjectMention() {
      if (subject != null) {
        return Optional.of(subject);
      }
      for (int i = 0; i < g.size(); i++) {
        if (mentionAt[i] != null) {
          for (Dependency d : g.parents(i)) {
            if (d.relation().startsWith("nsubj")) {
              return Optional.of(mentionAt[i]);
            }
          }
        }
      }
      return Optional.empty();
    }

    List<ExtractedClaim> extract() {
      List<ExtractedClaim> out = new ArrayList<>();
      nominalCausation(out);
      for (int t = 0; t < g.size(); t++) {
        Optional<Trigger> found = triggers.lookup(g.token(t));
        if (found.isEmpty() || mentionAt[t] != null) {
          continue;
        }
        Trigger trigger = found.get();
        Arguments args =
            trigger.pos() == Trigger.Pos.NOUN ? nominal(t, trigger) : verbal(t, trigger);
        emit(t, trigger, args, out);
      }
      return out;
    }

    /**
     * "the nephrotoxicity of cisplatin", "hepatitis after halothane": a disease whose prepositional
     * complement is a chemical states that the chemical causes it.
     */
    private void nominalCausation(List<ExtractedClaim> out) {
      for (int i = 0; i < g.size(); i++) {
        RecognizedMention disease = mentionAt[i];
        if (disease == null || disease.entity().category() != EntityCategory.DISEASE) {
          continue;
        }
        for (int c :
            g.children(i, "nmod:of", "nmod:from", "nmod:due_to", "nmod:after", "nmod:following")) {
          RecognizedMention chemical = mentionAt[c];
          if (chemical != null
              && chemical != disease
              && chemical.entity().category() == EntityCategory.CHEMICAL_ENTITY) {
            ClaimContext context =
                ContextCues.read(
                    g, sentenceText, i, mentions, kind, Optional.empty(), Optional.empty());
            out.add(claim(chemical, Predicate.CAUSES, disease, g.token(i), context));
          }
        }
      }
    }

    private record Arguments(List<RecognizedMention> subjects, List<RecognizedMention> objects) {}

    private Arguments verbal(int t, Trigger trigger) {
      Dependency head = g.head(t);
      String headRel = head == null ? "" : head.relation();
      boolean participle = g.token(t).pos().equals("VBN");
      boolean passive =
          g.hasChild(t, "aux:pass")
              || g.hasChild(t, "nsubj:pass")
              || (participle && (headRel.equals("acl") || headRel.equals("amod")))
              || (participle && g.hasChild(t, "obl:agent"))
              || (participle && g.hasChild(t, "obl:by") && !g.hasChild(t, "obj"));
      List<Integer> prepObjects = new ArrayList<>();
      for (String p : trigger.objectPreps()) {
        prepObjects.addAll(g.children(t, "obl:" + p, "nmod:" + p));
      }
      List<Integer> subj = new ArrayList<>();
      List<Integer> obj = new ArrayList<>();
      List<Integer> patient = new ArrayList<>(g.children(t, "nsubj:pass"));
      if (passive
          && patient.isEmpty()
          && (headRel.equals("acl") || headRel.equals("amod"))
          && head.governor() >= 0) {
        patient.add(head.governor());
      }
      if (passive && patient.isEmpty()) {
        patient.addAll(g.children(t, "nsubj"));
      }
      if (passive && patient.isEmpty() && t > 0 && mentionAt[t - 1] != null) {
        patient.add(t - 1); // "sepsis caused by pneumonia" parsed without the acl edge
      }
      if (trigger.pos() == Trigger.Pos.ADJECTIVE) {
        subj.addAll(g.children(t, "nsubj"));
        if (subj.isEmpty() && head != null && head.governor() >= 0) {
          subj.add(head.governor());
        }
        obj.addAll(prepObjects);
      } else if (!passive) {
        subj.addAll(g.children(t, "nsubj", "nsubj:xsubj", "csubj"));
        if (subj.isEmpty()
            && headRel.startsWith("acl")
            && head.governor() >= 0
            && g.token(t).pos().equals("VBG")) {
          subj.add(head.governor()); // "cells secreting cytokines"
        }
        obj.addAll(g.children(t, "obj"));
        obj.addAll(prepObjects);
      } else if (trigger.passiveSubjectIsPatient()) {
        subj.addAll(patient);
        obj.addAll(prepObjects);
      } else {
        subj.addAll(g.children(t, "obl:agent", "obl:by"));
        if (subj.isEmpty()) {
          // "haloperidol-induced catalepsy": the agent hangs before the participle, unmarked
          for (int c : g.children(t, "obl", "obl:npmod", "nmod:npmod", "compound", "advmod")) {
            if (c < t && mentionAt[c] != null) {
              subj.add(c);
            }
          }
        }
        obj.addAll(patient);
        obj.addAll(g.children(t, "obj"));
      }
      List<RecognizedMention> subjects = resolveAll(subj, trigger);
      if (subjects.isEmpty()) {
        subjects = inherited(t, trigger);
      }
      List<RecognizedMention> objects = resolveAll(obj, trigger);
      if (objects.isEmpty() && trigger.pos() == Trigger.Pos.VERB && !passive) {
        nearestToTheRight(t).ifPresent(objects::add);
      }
      return new Arguments(subjects, objects);
    }

    private Arguments nominal(int t, Trigger trigger) {
      List<Integer> obj = new ArrayList<>();
      for (String p : trigger.objectPreps()) {
        obj.addAll(g.children(t, "nmod:" + p));
      }
      List<RecognizedMention> subjects = new ArrayList<>();
      for (Dependency c : g.children(t)) {
        if ((c.base().equals("compound") || c.base().equals("amod"))
            && mentionAt[c.dependent()] != null) {
          subjects.add(mentionAt[c.dependent()]); // "stem cell therapy for sepsis"
        }
      }
      List<Integer> subj = new ArrayList<>(g.children(t, "nmod:with"));
      if (trigger.predicate() == Predicate.DERIVED_FROM) {
        subj.addAll(g.children(t, "nmod:of")); // "sources of MSCs"
      }
      subjects.addAll(resolveAll(subj, trigger));
      if (subjects.isEmpty()) {
        Dependency head = g.head(t);
        if (head != null && head.governor() >= 0) {
          int verb = head.governor();
          subjects.addAll(
              resolveAll(g.children(verb, "nsubj", "nsubj:xsubj", "nsubj:pass"), trigger));
        }
      }
      return new Arguments(subjects, resolveAll(obj, trigger));
    }

    /** The subject of the verb a subjectless trigger completes, or the vehicle it is used in. */
    private List<RecognizedMention> inherited(int t, Trigger trigger) {
      int current = t;
      for (int step = 0; step < 3; step++) {
        Dependency d = g.head(current);
        if (d == null || d.governor() < 0) {
          break;
        }
        String base = d.base();
        if (!(base.equals("xcomp")
            || base.equals("advcl")
            || base.equals("dep")
            || base.equals("acl")
            || base.equals("ccomp"))) {
          break;
        }
        int parent = d.governor();
        if (VEHICLES.contains(g.lemma(parent)) || VEHICLES.contains(g.token(parent).text())) {
          List<RecognizedMention> vehicle = resolveAll(g.children(parent, "obj"), trigger);
          if (!vehicle.isEmpty()) {
            return vehicle;
          }
        }
        List<RecognizedMention> subj =
            resolveAll(g.children(parent, "nsubj", "nsubj:xsubj", "nsubj:pass"), trigger);
        if (!subj.isEmpty()) {
          return subj;
        }
        current = parent;
      }
      return List.of();
    }

    /**
     * The nearest mention head right of a verb, before any other verb: a parser's missed object.
     */
    private Optional<RecognizedMention> nearestToTheRight(int t) {
      for (int i = t + 1; i < Math.min(g.size(), t + 6); i++) {
        Token tok = g.token(i);
        if (mentionAt[i] != null) {
          return Optional.of(mentionAt[i]);
        }
        if (tok.pos().startsWith("VB")
            || tok.pos().equals("IN")
            || tok.pos().equals("TO")
            || tok.pos().equals(",")
            || tok.pos().equals(":")) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }

    private List<RecognizedMention> resolveAll(List<Integer> tokens, Trigger trigger) {
      List<RecognizedMention> out = new ArrayList<>();
      for (int i : tokens) {
        for (RecognizedMention m : resolve(i, trigger, 0)) {
          if (!out.contains(m)) {
            out.add(m);
          }
        }
      }
      return out;
    }

    /** The mentions a token stands for. */
    private List<RecognizedMention> resolve(int i, Trigger trigger, int depth) {
      if (depth > 3) {
        return List.of();
      }
      String lemma = g.lemma(i);
      String pos = g.token(i).pos();
      if (DISEASE_HOSTS.contains(lemma) && pos.startsWith("NN")) {
        for (Dependency c : g.children(i)) {
          RecognizedMention m = mentionAt[c.dependent()];
          if ((c.base().equals("amod") || c.base().equals("compound"))
              && m != null
              && m.entity().category() == EntityCategory.DISEASE) {
            diseaseModels.add(m); // "protect septic mice": the claim is about sepsis
            return List.of(m);
          }
        }
      }
      if (mentionAt[i] != null) {
        List<RecognizedMention> out = new ArrayList<>();
        out.add(mentionAt[i]);
        for (Dependency c : g.children(i)) {
          if (c.relation().startsWith("conj") && mentionAt[c.dependent()] != null) {
            out.add(mentionAt[c.dependent()]);
          }
        }
        return out;
      }
      if (PRONOUNS.contains(lemma) && (pos.equals("PRP") || pos.equals("DT"))) {
        return discourse.salient().map(List::of).orElse(List.of());
      }
      if (TRIAL_WORDS.contains(lemma) && pos.startsWith("NN") && determined(i)) {
        Optional<RecognizedMention> trial = discourse.trial(sentence.index());
        if (trial.isPresent()) {
          return List.of(trial.get());
        }
      }
      EntityCategory referred = REFERRING_NOUNS.get(lemma);
      if (referred != null && pos.startsWith("NN") && determined(i)) {
        return discourse.last(referred).map(List::of).orElse(List.of());
      }
      if (PATIENT_WORDS.contains(lemma)
          && (trigger.predicate() == Predicate.STUDIES
              || trigger.predicate() == Predicate.TREATS)) {
        return resolveChildren(i, trigger, depth, "nmod:with");
      }
      if (OUTCOMES.contains(lemma)) {
        // "reduced mortality from sepsis", "the severity of pneumonia"
        List<RecognizedMention> out =
            resolveChildren(i, trigger, depth, "nmod:of", "nmod:from", "nmod:in");
        Dependency up = g.head(i);
        if (out.isEmpty() && up != null && up.governor() >= 0 && up.base().equals("obj")) {
          // the parser often hangs "from sepsis" on the verb: "reduced mortality from sepsis"
          out = resolveChildren(up.governor(), trigger, depth, "obl:from");
        }
        out.removeIf(m -> m.entity().category() != EntityCategory.DISEASE);
        return out;
      }
      if (PASS_THROUGH.contains(lemma)) {
        List<RecognizedMention> out = resolveChildren(i, trigger, depth, "nmod:of");
        if (out.isEmpty()) {
          for (Dependency c : g.children(i)) {
            if ((c.base().equals("compound") || c.base().equals("amod"))
                && mentionAt[c.dependent()] != null) {
              out.add(mentionAt[c.dependent()]);
            }
          }
        }
        if (out.isEmpty() && HAVE_ATTRIBUTES.contains(lemma)) {
          Dependency d = g.head(i);
          if (d != null && d.governor() >= 0 && d.base().equals("obj")) {
            if (g.lemma(d.governor()).equals("have")) {
              return resolveChildren(d.governor(), trigger, depth, "nsubj");
            }
          }
        }
        return out;
      }
      return List.of();
    }

    private List<RecognizedMention> resolveChildren(
        int i, Trigger trigger, int depth, String... relations) {
      List<RecognizedMention> out = new ArrayList<>();
      for (int c : g.children(i, relations)) {
        for (RecognizedMention m : resolve(c, trigger, depth + 1)) {
          if (!out.contains(m)) {
            out.add(m);
          }
        }
      }
      return out;
    }

    /** "the project", "this trial", "these cells". */
    private boolean determined(int i) {
      for (int c : g.children(i, "det")) {
        String d = g.lemma(c);
        if (d.equals("the") || d.equals("this") || d.equals("these") || d.equals("such")) {
          return true;
        }
      }
      return false;
    }

    private void emit(int t, Trigger trigger, Arguments args, List<ExtractedClaim> out) {
      if (args.subjects().isEmpty() || args.objects().isEmpty()) {
        return;
      }
      Optional<RecognizedMention> trialHere =
          mentions.stream()
              .filter(m -> m.entity().category() == EntityCategory.CLINICAL_TRIAL)
              .findFirst();
      Optional<RecognizedMention> docTrial = discourse.trial(sentence.index());
      Optional<RecognizedMention> trialMentioned =
          trialHere.isPresent() ? trialHere : trialWordIn().flatMap(x -> docTrial);
      ClaimContext context =
          ContextCues.read(
              g,
              sentenceText,
              t,
              mentions,
              kind,
              trialMentioned,
              trialMentioned.flatMap(ClaimExtractor::phase));
      Token tok = g.token(t);
      for (RecognizedMention s : args.subjects()) {
        for (RecognizedMention o : args.objects()) {
          if (s.entity().id().equals(o.entity().id())
              || overlaps(s, o)
              || isSpecies(s)
              || isSpecies(o)) {
            continue;
          }
          Predicate p = refine(trigger.predicate(), s, o);
          if (diseaseModels.contains(o)
              && (p == Predicate.PREVENTS || p == Predicate.CONTRIBUTES_TO)
              && trigger.predicate() != Predicate.CAUSES) {
            p = Predicate.TREATS; // "MSCs protect / improve septic mice"
          }
          if (p == null) {
            continue;
          }
          if (subject == null) {
            subject = s;
          }
          out.add(claim(s, p, o, tok, context));
          if (p == Predicate.TREATS && trialMentioned.isPresent()) {
            RecognizedMention trial = trialMentioned.get();
            if (!trial.entity().id().equals(s.entity().id())) {
              out.add(claim(trial, Predicate.STUDIES, o, tok, context));
              out.add(claim(trial, Predicate.TESTS, s, tok, context));
            }
          }
        }
      }
    }

    private Optional<Integer> trialWordIn() {
      for (int i = 0; i < g.size(); i++) {
        if (TRIAL_WORDS.contains(g.lemma(i)) && determined(i)) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    private ExtractedClaim claim(
        RecognizedMention s, Predicate p, RecognizedMention o, Token trigger, ClaimContext c) {
      return new ExtractedClaim(
          s, p, o, sentence.index(), trigger.start(), trigger.end(), trigger.text(), c, RULES);
    }
  }

  private static boolean overlaps(RecognizedMention a, RecognizedMention b) {
    return a.sentenceIndex() == b.sentenceIndex() && a.start() < b.end() && b.start() < a.end();
  }

  /** Model organisms are the claim's species, not its arguments. */
  private static boolean isSpecies(RecognizedMention m) {
    return m.entity().category() == EntityCategory.ORGANISM_TAXON
        && SPECIES_IDS.contains(m.entity().id().toString());
  }

  /** The predicate for these argument types, or null when the pair makes no sense. */
  static Predicate refine(Predicate p, RecognizedMention s, RecognizedMention o) {
    EntityCategory sc = s.entity().category();
    EntityCategory oc = o.entity().category();
    boolean trial = sc == EntityCategory.CLINICAL_TRIAL;
    if (oc == EntityCategory.ANATOMICAL_ENTITY
        && (p == Predicate.TREATS
            || p == Predicate.PREVENTS
            || p == Predicate.INCREASES
            || p == Predicate.DECREASES
            || p == Predicate.CAUSES)) {
      return null; // "protect the kidney", "improve lung function": not a claim about the organ
    }
    return switch (p) {
      case TREATS, PREVENTS -> {
        if (trial) {
          yield oc == EntityCategory.DISEASE ? Predicate.STUDIES : Predicate.TESTS;
        }
        yield oc == EntityCategory.DISEASE ? p : Predicate.DECREASES;
      }
      case CAUSES -> oc == EntityCategory.DISEASE ? p : Predicate.INCREASES;
      // lowering a disease is treating it; raising one contributes to it
      case DECREASES -> trial ? null : oc == EntityCategory.DISEASE ? Predicate.TREATS : p;
      case INCREASES -> trial ? null : oc == EntityCategory.DISEASE ? Predicate.CONTRIBUTES_TO : p;
      case STUDIES -> trial && oc == EntityCategory.DISEASE ? p : null;
      case LOCATED_IN ->
          oc == EntityCategory.ANATOMICAL_ENTITY
                  || oc == EntityCategory.PLACE
                  || oc == EntityCategory.CELL
              ? p
              : null;
      case DERIVED_FROM ->
          oc == EntityCategory.ANATOMICAL_ENTITY
                  || oc == EntityCategory.CELL
                  || oc == EntityCategory.ORGANISM_TAXON
              ? p
              : null;
      default -> trial ? null : p;
    };
  }
}
