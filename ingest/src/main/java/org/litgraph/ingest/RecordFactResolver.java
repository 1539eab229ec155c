package org.litgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.litgraph.graph.model.AnnotatedDocument;
import org.litgraph.graph.model.Claim;
import org.litgraph.graph.model.Curie;
import org.litgraph.graph.model.Entity;
import org.litgraph.graph.model.EntityCategory;
import org.litgraph.ingest.entity.Lexicon;
import org.litgraph.ingest.entity.LexiconEntry;
import org.litgraph.ingest.entity.SurfaceKeys;
import org.litgraph.ingest.source.RecordFacts;
import org.litgraph.ingest.source.RecordFacts.Link;
import org.litgraph.ingest.source.RecordFacts.Thing;

/**
 * Resolves a record's {@link RecordFacts} to entities and structured {@link Claim}s.
 *
 * <p>Consumes: the facts and the document id. Produces: one entity per thing and one claim per
 * link, with the record's provenance and no sentence. A thing resolves, in order, to: the lexicon
 * entity of its name when the lexicon has one of a fitting category (so a trial's "Atopic
 * Dermatitis" is {@code MESH:D003876}, the node text mentions reach too); else its known id (a
 * trial's {@code clinicaltrials:NCT...}, a registry MeSH id); else a LitGraph id in the scheme the
 * text recognisers use — {@code LITGRAPH:org-<slug>} and {@code LITGRAPH:place-<slug>} as {@code
 * GeneralNerMapper} and {@code OrganizationRules} mint them, so "TiGenix" named in a news text and
 * in a trial record is one node — and {@code LITGRAPH:condition-<slug>} / {@code
 * LITGRAPH:intervention-<slug>} for the rest. The thing's attributes are added to the entity.
 */
final class RecordFactResolver {
  private final Lexicon lexicon;

  RecordFactResolver(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Entities (one per distinct id, in record order) and claims of a record. */
  record Resolved(List<Entity> entities, List<Claim> claims) {
    Resolved {
      entities = List.copyOf(entities);
      claims = List.copyOf(claims);
    }
  }

  /**
   * Adds the entities and structured claims of the source's record facts. An entity that the text
   * also names keeps its mentions; the record's name and attributes win, being curated.
   */
  AnnotatedDocument addTo(AnnotatedDocument doc, RecordFacts facts) {
    Resolved resolved = resolve(facts, doc.document().id());
    Map<Curie, Entity> entities = new LinkedHashMap<>();
    doc.entities().forEach(e -> entities.put(e.id(), e));
    for (Entity r : resolved.entities()) {
      Entity text = entities.get(r.id());
      entities.put(r.id(), text == null ? r : merge(text, r));
    }
    List<Claim> claims = new ArrayList<>(doc.claims());
    claims.addAll(resolved.claims());
    return new AnnotatedDocument(
        doc.document(),
        doc.text(),
        doc.sentences(),
        List.copyOf(entities.values()),
        doc.mentions(),
        claims);
  }

  private static Entity merge(Entity fromText, Entity fromRecord) {
    Set<String> synonyms = new LinkedHashSet<>(fromRecord.synonyms());
    synonyms.addAll(fromText.synonyms());
    if (!fromText.name().equals(fromRecord.name())) {
      synonyms.add(fromText.name());
    }
    Map<String, String> attributes = new TreeMap<>(fromText.attributes());
    attributes.putAll(fromRecord.attributes());
    return new Entity(
        fromRecord.id(),
        fromRecord.category(),
        fromRecord.name(),
        List.copyOf(synonyms),
        fromRecord.xrefs().isEmpty() ? fromText.xrefs() : fromRecord.xrefs(),
        attributes);
  }

  Resolved resolve(RecordFacts facts, String documentId) {
    Map<String, Entity> byKey = new LinkedHashMap<>();
    Map<Curie, Entity> byId = new LinkedHashMap<>();
    for (Thing t : facts.things()) {
      Entity e = entity(t);
      Entity merged =
          byId.containsKey(e.id()) ? byId.get(e.id()).withAttributes(e.attributes()) : e;
      byId.put(e.id(), merged);
      byKey.put(t.key(), e);
    }
    List<Claim> claims = new ArrayList<>();
    for (Link l : facts.links()) {
      Curie subject = byKey.get(l.subject()).id();
      Curie object = byKey.get(l.object()).id();
      if (!subject.equals(object)) {
        claims.add(
            Claim.structured(
                subject, l.predicate(), object, documentId, facts.provenance(), l.attributes()));
      }
    }
    return new Resolved(List.copyOf(byId.values()), claims.stream().distinct().toList());
  }

  Entity entity(Thing t) {
    Entity base =
        switch (t.category()) {
          case ORGANIZATION -> local(t, "org");
          case PLACE -> local(t, "place");
          case CLINICAL_TRIAL ->
              t.knownId().map(id -> named(t, id)).orElseGet(() -> local(t, "trial"));
          default ->
              fromLexicon(t)
                  .or(() -> t.knownId().map(id -> named(t, id)))
                  .orElseGet(
                      () ->
                          local(
                              t,
                              t.category() == EntityCategory.DISEASE
                                  ? "condition"
                                  : "intervention"));
        };
    return t.attributes().isEmpty() ? base : base.withAttributes(t.attributes());
  }

  private Optional<Entity> fromLexicon(Thing t) {
    Set<EntityCategory> fitting =
        switch (t.category()) {
          case DISEASE -> Set.of(EntityCategory.DISEASE);
          case CHEMICAL_ENTITY ->
              Set.of(EntityCategory.CHEMICAL_ENTITY, EntityCategory.GENE_OR_GENE_PRODUCT);
          default ->
              Set.of(
                  EntityCategory.CHEMICAL_ENTITY,
                  EntityCategory.GENE_OR_GENE_PRODUCT,
                  EntityCategory.CELL,
                  EntityCategory.BIOLOGICAL_PROCESS);
        };
    String name = t.name().strip();
    List<LexiconEntry> entries = lexicon.lookup(SurfaceKeys.folded(name));
    for (LexiconEntry entry : entries) {
      boolean caseFits = !entry.caseSensitive() || entry.surface().equals(name);
      if (caseFits && fitting.contains(entry.entity().category())) {
        if (t.knownId().isEmpty() || t.knownId().get().equals(entry.entity().id())) {
          return Optional.of(entry.entity());
        }
      }
    }
    // the registry's id disagrees with every lexicon sense: prefer a fitting lexicon sense anyway
    return entries.stream()
        .filter(e -> !e.caseSensitive() || e.surface().equals(name))
        .map(LexiconEntry::entity)
        .filter(e -> fitting.contains(e.category()))
        .findFirst();
  }

  private static Entity named(Thing t, Curie id) {
    List<String> synonyms = id.local().equals(t.name()) ? List.of() : List.of(id.local());
    return new Entity(id, t.category(), t.name(), synonyms, List.of());
  }

  private static Entity local(Thing t, String kind) {
    String slug = slug(t.name());
    if (slug.isEmpty()) {
      slug = Integer.toHexString(t.name().hashCode());
    }
    return new Entity(
        new Curie("LITGRAPH", kind + "-" + slug), t.category(), t.name(), List.of(), List.of());
  }

  /** The slug of LitGraph-local ids, as {@code GeneralNerMapper} makes it ("TiGenix" → tigenix). */
  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{Nd}]+", "-")
        .replaceAll("(^-+|-+$)", "");
  }
}
