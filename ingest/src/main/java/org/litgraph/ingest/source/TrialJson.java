package org.litgraph.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litgraph.ingest.source.TrialRecord.Intervention;
import org.litgraph.ingest.source.TrialRecord.Location;
import org.litgraph.ingest.source.TrialRecord.Mesh;
import org.litgraph.ingest.source.TrialRecord.Party;

/**
 * Reads {@link TrialRecord}s out of ClinicalTrials.gov JSON: API v2 studies ({@code
 * {"protocolSection": ...}}, alone, in a {@code {"studies": [...]}} page or in an array) and the
 * classic API's {@code {"FullStudiesResponse": {"FullStudies": [{"Study": ...}]}}}.
 */
final class TrialJson {
  private static final Pattern PHASE_NUMBER = Pattern.compile("(\\d)");
  private static final List<DateTimeFormatter> CLASSIC_DATES =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));

  private TrialJson() {}

  /** True when the JSON has one of the shapes this class reads. */
  static boolean isTrialJson(JsonNode root) {
    if (root.isArray()) {
      return !root.isEmpty() && root.get(0).has("protocolSection");
    }
    return root.has("protocolSection")
        || root.has("FullStudiesResponse")
        || (root.path("studies").isArray() && root.path("studies").path(0).has("protocolSection"));
  }

  static List<TrialRecord> records(String source, JsonNode root) throws SourceException {
    List<TrialRecord> out = new ArrayList<>();
    if (root.has("FullStudiesResponse")) {
      for (JsonNode full : root.path("FullStudiesResponse").path("FullStudies")) {
        out.add(classic(source, full.path("Study")));
      }
    } else {
      JsonNode studies = root.isArray() ? root : root.has("studies") ? root.get("studies") : null;
      if (studies == null) {
        out.add(v2(source, root));
      } else {
        for (JsonNode study : studies) {
          out.add(v2(source, study));
        }
      }
    }
    if (out.isEmpty()) {
      throw new SourceException(source, "ClinicalTrials.gov response holds no studies");
    }
    return out;
  }

  private static TrialRecord v2(String source, JsonNode study) throws SourceException {
    JsonNode p = study.path("protocolSection");
    JsonNode id = p.path("identificationModule");
    String nct = nctId(source, id, "nctId");
    JsonNode status = p.path("statusModule");
    JsonNode sponsors = p.path("sponsorCollaboratorsModule");
    JsonNode design = p.path("designModule");
    JsonNode description = p.path("descriptionModule");
    List<Party> collaborators = new ArrayList<>();
    for (JsonNode c : sponsors.path("collaborators")) {
      text(c, "name").ifPresent(n -> collaborators.add(new Party(n, text(c, "class"))));
    }
    List<Intervention> interventions = new ArrayList<>();
    for (JsonNode i : p.path("armsInterventionsModule").path("interventions")) {
      text(i, "name")
          .ifPresent(
              n ->
                  interventions.add(
                      new Intervention(
                          text(i, "type").orElse("OTHER"), n, text(i, "description"))));
    }
    List<Location> locations = new ArrayList<>();
    for (JsonNode l : p.path("contactsLocationsModule").path("locations")) {
      locations.add(
          new Location(text(l, "facility"), text(l, "city"), text(l, "state"), text(l, "country")));
    }
    JsonNode derived = study.path("derivedSection");
    return new TrialRecord(
        nct,
        text(id, "acronym"),
        text(id, "briefTitle").or(() -> text(id, "officialTitle")).orElse(nct),
        text(id, "officialTitle"),
        text(status, "overallStatus").map(TrialJson::status),
        phase(strings(design.path("phases"))),
        text(design.path("enrollmentInfo"), "count"),
        text(design, "studyType").map(s -> s.toLowerCase(Locale.ROOT).replace('_', ' ')),
        text(status.path("studyFirstPostDateStruct"), "date"),
        text(status.path("startDateStruct"), "date"),
        text(sponsors.path("leadSponsor"), "name")
            .map(n -> new Party(n, text(sponsors.path("leadSponsor"), "class"))),
        collaborators,
        strings(p.path("conditionsModule").path("conditions")),
        strings(p.path("conditionsModule").path("keywords")),
        interventions,
        text(description, "briefSummary"),
        text(description, "detailedDescription"),
        text(p.path("eligibilityModule"), "eligibilityCriteria"),
        locations,
        meshes(derived.path("conditionBrowseModule").path("meshes"), "id", "term"),
        meshes(derived.path("interventionBrowseModule").path("meshes"), "id", "term"));
  }

  private static TrialRecord classic(String source, JsonNode study) throws SourceException {
    JsonNode p = study.path("ProtocolSection");
    JsonNode id = p.path("IdentificationModule");
    String nct = nctId(source, id, "NCTId");
    JsonNode status = p.path("StatusModule");
    JsonNode sponsors = p.path("SponsorCollaboratorsModule");
    JsonNode design = p.path("DesignModule");
    JsonNode description = p.path("DescriptionModule");
    List<Party> collaborators = new ArrayList<>();
    for (JsonNode c : sponsors.path("CollaboratorList").path("Collaborator")) {
      text(c, "CollaboratorName")
          .ifPresent(n -> collaborators.add(new Party(n, text(c, "CollaboratorClass"))));
    }
    List<Intervention> interventions = new ArrayList<>();
    for (JsonNode i :
        p.path("ArmsInterventionsModule").path("InterventionList").path("Intervention")) {
      text(i, "InterventionName")
          .ifPresent(
              n ->
                  interventions.add(
                      new Intervention(
                          text(i, "InterventionType")
                              .orElse("OTHER")
                              .toUpperCase(Locale.ROOT)
                              .replace(' ', '_'),
                          n,
                          text(i, "InterventionDescription"))));
    }
    List<Location> locations = new ArrayList<>();
    for (JsonNode l : p.path("ContactsLocationsModule").path("LocationList").path("Location")) {
      locations.add(
          new Location(
              text(l, "LocationFacility"),
              text(l, "LocationCity"),
              text(l, "LocationState"),
              text(l, "LocationCountry")));
    }
    JsonNode derived = study.path("DerivedSection");
    JsonNode lead = sponsors.path("LeadSponsor");
    return new TrialRecord(
        nct,
        text(id, "Acronym"),
        text(id, "BriefTitle").or(() -> text(id, "OfficialTitle")).orElse(nct),
        text(id, "OfficialTitle"),
        text(status, "OverallStatus").map(TrialJson::status),
        phase(strings(design.path("PhaseList").path("Phase"))),
        text(design.path("EnrollmentInfo"), "EnrollmentCount"),
        text(design, "StudyType").map(s -> s.toLowerCase(Locale.ROOT)),
        text(status.path("StudyFirstPostDateStruct"), "StudyFirstPostDate").map(TrialJson::isoDate),
        text(status.path("StartDateStruct"), "StartDate").map(TrialJson::isoDate),
        text(lead, "LeadSponsorName").map(n -> new Party(n, text(lead, "LeadSponsorClass"))),
        collaborators,
        strings(p.path("ConditionsModule").path("ConditionList").path("Condition")),
        strings(p.path("ConditionsModule").path("KeywordList").path("Keyword")),
        interventions,
        text(description, "BriefSummary"),
        text(description, "DetailedDescription"),
        text(p.path("EligibilityModule"), "EligibilityCriteria"),
        locations,
        meshes(
            derived.path("ConditionBrowseModule").path("ConditionMeshList").path("ConditionMesh"),
            "ConditionMeshId",
            "ConditionMeshTerm"),
        meshes(
            derived
                .path("InterventionBrowseModule")
                .path("InterventionMeshList")
                .path("InterventionMesh"),
            "InterventionMeshId",
            "InterventionMeshTerm"));
  }

  /**
   * The registry id, which must be a JSON string of the form {@code NCT} and eight digits: a number
   * or any other shape is a wrong-typed record, refused instead of stored under a made-up id (issue
   * 8, hostile input).
   */
  private static String nctId(String source, JsonNode node, String field) throws SourceException {
    JsonNode v = node.path(field);
    if (!v.isMissingNode() && !v.isTextual()) {
      throw new SourceException(
          source,
          "ClinicalTrials.gov study whose "
              + field
              + " is a JSON "
              + v.getNodeType()
              + ", not a string");
    }
    String nct = required(source, node, field);
    if (!NCT_ID.matcher(nct).matches()) {
      throw new SourceException(
          source,
          "ClinicalTrials.gov study with a malformed " + field + " (expected NCT and 8 digits)");
    }
    return nct;
  }

  private static final java.util.regex.Pattern NCT_ID =
      java.util.regex.Pattern.compile("NCT\\d{8}");

  private static String required(String source, JsonNode node, String field)
      throws SourceException {
    return text(node, field)
        .orElseThrow(
            () ->
                new SourceException(
                    source, "ClinicalTrials.gov study without " + field + " (wrong JSON shape?)"));
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isTextual() || v.isNumber()) {
      String s = v.asText().strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
    return Optional.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      if (v.isTextual() && !v.asText().isBlank()) {
        out.add(v.asText().strip());
      }
    }
    return out;
  }

  private static List<Mesh> meshes(JsonNode array, String idField, String termField) {
    List<Mesh> out = new ArrayList<>();
    for (JsonNode m : array) {
      Optional<String> id = text(m, idField);
      Optional<String> term = text(m, termField);
      if (id.isPresent() && term.isPresent()) {
        out.add(new Mesh(id.get(), term.get()));
      }
    }
    return out;
  }

  /** "COMPLETED" and "Not yet recruiting" become "completed" and "not yet recruiting". */
  private static String status(String raw) {
    return raw.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** ["PHASE1", "PHASE2"] or ["Phase 1", "Phase 2"] become "1/2"; "NA" or "Not Applicable" none. */
  static Optional<String> phase(List<String> phases) {
    List<String> numbers = new ArrayList<>();
    for (String p : phases) {
      Matcher m = PHASE_NUMBER.matcher(p);
      if (m.find()) {
        String n =
            p.toUpperCase(Locale.ROOT).startsWith("EARLY") ? "early " + m.group(1) : m.group(1);
        numbers.add(n);
      }
    }
    return numbers.isEmpty() ? Optional.empty() : Optional.of(String.join("/", numbers));
  }

  /** "March 4, 2021" or "March 2021" to ISO; other text unchanged. */
  private static String isoDate(String classic) {
    for (DateTimeFormatter f : CLASSIC_DATES) {
      try {
        if (f == CLASSIC_DATES.get(1)) {
          return java.time.YearMonth.parse(classic, f).toString();
        }
        return LocalDate.parse(classic, f).toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return classic;
  }
}
