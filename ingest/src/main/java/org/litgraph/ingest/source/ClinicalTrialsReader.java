package org.litgraph.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
import org.litgraph.graph.model.DocumentKind;
import org.litgraph.graph.model.DocumentMetadata;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.graph.model.Predicate;
import org.litgraph.graph.model.Provenance;
import org.litgraph.ingest.source.RecordFacts.Link;
import org.litgraph.ingest.source.RecordFacts.Thing;
import org.litgraph.ingest.source.TrialRecord.Intervention;
import org.litgraph.ingest.source.TrialRecord.Location;
import org.litgraph.ingest.source.TrialRecord.Mesh;
import org.litgraph.ingest.source.TrialRecord.Party;

/**
 * Reads ClinicalTrials.gov study records (see {@link TrialJson} for the JSON shapes) into one
 * {@link DocumentKind#TRIAL} document per study.
 *
 * <p>The text is a readable rendering of the record (title, identifiers and design, sponsors,
 * conditions, interventions, summary, description, eligibility, countries) so the NLP stages see
 * the prose. The record's fields also become {@link RecordFacts}: the trial ({@code
 * clinicaltrials:NCT...}, with phase, enrolment, status and study type as attributes), its lead
 * sponsor and collaborators, conditions (with the registry's MeSH id when a derived MeSH term has
 * the condition's name), interventions and site countries and cities, linked by {@link
 * Predicate#SPONSORED_BY}, {@link Predicate#STUDIES}, {@link Predicate#TESTS} and {@link
 * Predicate#LOCATED_IN}. The canonical source is {@code https://clinicaltrials.gov/study/<NCT>}.
 */
public final class ClinicalTrialsReader {
  /** The provenance of every structured claim this reader yields. */
  public static final Provenance PROVENANCE = new Provenance("clinicaltrials-record", "1");

  /** Cities kept per trial: large trials list hundreds of sites, the countries say enough. */
  static final int MAX_CITIES = 100;

  private static final Pattern PADDED_MESH = Pattern.compile("([CD])000(\\d{6})");
  private static final Set<String> CHEMICAL_TYPES =
      Set.of("DRUG", "BIOLOGICAL", "DIETARY_SUPPLEMENT", "COMBINATION_PRODUCT");

  List<SourceDocument> read(String source, JsonNode root) throws SourceException {
    List<SourceDocument> out = new ArrayList<>();
    for (TrialRecord r : TrialJson.records(source, root)) {
      out.add(document(r));
    }
    return out;
  }

  static SourceDocument document(TrialRecord r) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("nct", r.nctId());
    List<String> types = new ArrayList<>();
    types.add("Clinical Trial Registration");
    r.studyType().ifPresent(t -> types.add(capitalised(t) + " study"));
    DocumentMetadata metadata =
        new DocumentMetadata(
            List.of(),
            Optional.of("ClinicalTrials.gov"),
            ids,
            r.keywords(),
            types,
            Optional.empty(),
            List.of());
    return new SourceDocument(
        "https://clinicaltrials.gov/study/" + r.nctId(),
        Optional.of(r.briefTitle()),
        r.firstPosted().or(r::startDate).flatMap(ClinicalTrialsReader::date),
        DocumentKind.TRIAL,
        render(r),
        metadata,
        facts(r));
  }

  /** The record as prose, one paragraph per field group. */
  static String render(TrialRecord r) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(r.briefTitle());
    r.officialTitle()
        .filter(t -> !t.equals(r.briefTitle()))
        .ifPresent(t -> paragraphs.add("Official title: " + t));
    StringBuilder design = new StringBuilder("ClinicalTrials.gov identifier: " + r.nctId() + ".");
    r.acronym().ifPresent(a -> design.append(" Acronym: ").append(a).append('.'));
    r.studyType().ifPresent(t -> design.append(" Study type: ").append(t).append('.'));
    r.phase().ifPresent(p -> design.append(" Phase ").append(p).append('.'));
    r.enrolment().ifPresent(n -> design.append(" Enrolment: ").append(n).append(" participants."));
    r.status().ifPresent(s -> design.append(" Status: ").append(s).append('.'));
    paragraphs.add(design.toString());
    StringBuilder sponsors = new StringBuilder();
    r.leadSponsor().ifPresent(s -> sponsors.append("Lead sponsor: ").append(s.name()).append('.'));
    if (!r.collaborators().isEmpty()) {
      sponsors.append(sponsors.isEmpty() ? "" : " ").append("Collaborators: ");
      sponsors.append(String.join(", ", r.collaborators().stream().map(Party::name).toList()));
      sponsors.append('.');
    }
    if (!sponsors.isEmpty()) {
      paragraphs.add(sponsors.toString());
    }
    if (!r.conditions().isEmpty()) {
      paragraphs.add("Conditions: " + String.join(", ", r.conditions()) + ".");
    }
    if (!r.interventions().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (Intervention i : r.interventions()) {
        String type = i.type().toLowerCase(Locale.ROOT).replace('_', ' ');
        items.add(i.name() + " (" + type + ")" + i.description().map(d -> ": " + d).orElse(""));
      }
      paragraphs.add("Interventions: " + String.join("; ", items));
    }
    r.summary().ifPresent(s -> paragraphs.add("Summary: " + s));
    r.description().ifPresent(d -> paragraphs.add("Description: " + d));
    r.eligibility().ifPresent(e -> paragraphs.add("Eligibility: " + e));
    Set<String> countries = countries(r);
    if (!countries.isEmpty()) {
      paragraphs.add("Locations: " + String.join(", ", countries) + ".");
    }
    return String.join("\n\n", paragraphs);
  }

  static RecordFacts facts(TrialRecord r) {
    List<Thing> things = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    Map<String, String> trialAttributes = new LinkedHashMap<>();
    r.phase().ifPresent(p -> trialAttributes.put("phase", p));
    r.enrolment().ifPresent(n -> trialAttributes.put("enrolment", n));
    r.status().ifPresent(s -> trialAttributes.put("status", s));
    r.studyType().ifPresent(t -> trialAttributes.put("study_type", t));
    r.acronym().ifPresent(a -> trialAttributes.put("acronym", a));
    r.startDate().ifPresent(d -> trialAttributes.put("start_date", d));
    trialAttributes.put("title", r.briefTitle());
    r.leadSponsor().ifPresent(s -> trialAttributes.put("sponsor", s.name()));
    things.add(
        new Thing(
            "trial",
            EntityCategory.CLINICAL_TRIAL,
            r.acronym().orElse(r.nctId()),
            Optional.of(new Curie("clinicaltrials", r.nctId())),
            trialAttributes));
    r.leadSponsor().ifPresent(s -> party(things, links, "sponsor", s, "lead"));
    for (int i = 0; i < r.collaborators().size(); i++) {
      party(things, links, "collaborator:" + i, r.collaborators().get(i), "collaborator");
    }
    for (int i = 0; i < r.conditions().size(); i++) {
      String name = r.conditions().get(i);
      String key = "condition:" + i;
      things.add(
          new Thing(
              key, EntityCategory.DISEASE, name, meshFor(name, r.conditionMeshes()), Map.of()));
      links.add(new Link("trial", Predicate.STUDIES, key, Map.of()));
    }
    for (int i = 0; i < r.interventions().size(); i++) {
      Intervention iv = r.interventions().get(i);
      String key = "intervention:" + i;
      EntityCategory category =
          CHEMICAL_TYPES.contains(iv.type())
              ? EntityCategory.CHEMICAL_ENTITY
              : EntityCategory.OTHER;
      things.add(
          new Thing(
              key,
              category,
              iv.name(),
              meshFor(iv.name(), r.interventionMeshes()),
              Map.of("intervention_type", iv.type().toLowerCase(Locale.ROOT))));
      links.add(new Link("trial", Predicate.TESTS, key, Map.of()));
    }
    places(r, things, links);
    return new RecordFacts(PROVENANCE, things, links);
  }

  private static void party(
      List<Thing> things, List<Link> links, String key, Party p, String role) {
    Map<String, String> attrs = new LinkedHashMap<>();
    p.organizationClass()
        .ifPresent(c -> attrs.put("organization_class", c.toLowerCase(Locale.ROOT)));
    things.add(new Thing(key, EntityCategory.ORGANIZATION, p.name(), Optional.empty(), attrs));
    links.add(new Link("trial", Predicate.SPONSORED_BY, key, Map.of("role", role)));
  }

  private static void places(TrialRecord r, List<Thing> things, List<Link> links) {
    Map<String, String> countryKeys = new LinkedHashMap<>();
    for (String country : countries(r)) {
      String key = "country:" + countryKeys.size();
      countryKeys.put(country, key);
      things.add(
          new Thing(
              key, EntityCategory.PLACE, country, Optional.empty(), Map.of("kind", "country")));
      links.add(new Link("trial", Predicate.LOCATED_IN, key, Map.of()));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Location l : r.locations()) {
      if (l.city().isEmpty() || seen.size() >= MAX_CITIES) {
        continue;
      }
      String city = l.city().get();
      if (countryKeys.containsKey(city) || !seen.add(city + "\u0000" + l.country().orElse(""))) {
        continue;
      }
      String key = "city:" + seen.size();
      things.add(
          new Thing(key, EntityCategory.PLACE, city, Optional.empty(), Map.of("kind", "city")));
      links.add(new Link("trial", Predicate.LOCATED_IN, key, Map.of()));
      l.country()
          .map(countryKeys::get)
          .ifPresent(c -> links.add(new Link(key, Predicate.LOCATED_IN, c, Map.of())));
    }
  }

  private static Set<String> countries(TrialRecord r) {
    Set<String> countries = new LinkedHashSet<>();
    r.locations().forEach(l -> l.country().ifPresent(countries::add));
    return countries;
  }

  /** The registry's MeSH id for a name, when one of its derived terms is that name. */
  static Optional<Curie> meshFor(String name, List<Mesh> meshes) {
    for (Mesh m : meshes) {
      if (m.term().equalsIgnoreCase(name.strip())
          || uninverted(m.term()).equalsIgnoreCase(name.strip())) {
        return Optional.of(new Curie("MESH", meshId(m.id())));
      }
    }
    return Optional.empty();
  }

  /** MeSH's inverted headings read naturally: "Dermatitis, Atopic" is "Atopic Dermatitis". */
  static String uninverted(String term) {
    int comma = term.indexOf(", ");
    if (comma < 0 || term.indexOf(", ", comma + 2) >= 0) {
      return term;
    }
    return term.substring(comma + 2) + " " + term.substring(0, comma);
  }

  /**
   * MeSH ids as LitGraph's lexicon writes them: API v2 pads old six-digit ids to nine ({@code
   * D000003876} is {@code D003876}); ids minted as nine digits ({@code D000068759}) are above the
   * six-digit range, which ended below 070000.
   */
  static String meshId(String id) {
    Matcher m = PADDED_MESH.matcher(id);
    if (m.matches() && Integer.parseInt(m.group(2)) < 66_000) {
      return m.group(1) + m.group(2);
    }
    return id;
  }

  private static Optional<java.time.LocalDate> date(String iso) {
    try {
      if (iso.matches("\\d{4}-\\d{2}")) {
        return Optional.of(java.time.LocalDate.parse(iso + "-01"));
      }
      return Optional.of(java.time.LocalDate.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
