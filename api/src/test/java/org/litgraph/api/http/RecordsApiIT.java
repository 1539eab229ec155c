package org.litgraph.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litgraph.api.LitGraphConfig;
import org.litgraph.api.LitGraphRuntime;
import org.litgraph.ingest.DocumentResult;
import org.litgraph.ingest.IngestListener;
import org.litgraph.ingest.IngestReport;

/**
 * Issue 5 through HTTP: a PubMed record and a ClinicalTrials.gov record ingested by the real
 * pipeline; their metadata and the trial's structured claims reach {@code /api/documents/{id}}, and
 * the sponsor's card lists the trial as a neighbour through a claim.
 */
class RecordsApiIT {
  @TempDir static Path data;
  private static LitGraphRuntime runtime;
  private static Javalin app;
  private static IngestReport report;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingestTwoRecordsAndStartTheApp() {
    Path fixtures = Path.of(System.getProperty("litgraph.shared", "../shared")).resolve("fixtures");
    runtime =
        LitGraphRuntime.open(new LitGraphConfig(data, Optional.empty(), 0, 64, "127.0.0.1", 0));
    report =
        runtime
            .pipeline()
            .ingestArguments(
                List.of(
                    fixtures.resolve("pubmed/pubmed-29768149.xml").toString(),
                    fixtures.resolve("clinicaltrials/json_v2/NCT02210780.json").toString()),
                IngestListener.SILENT);
    app = ApiServer.create(runtime.graph(), runtime.index()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.stop();
    }
    if (runtime != null) {
      runtime.close();
    }
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static String documentId(int index) {
    DocumentResult result = report.results().get(index);
    return result.documentId().orElseThrow();
  }

  @Test
  void pubMedDocumentShowsItsBibliographicMetadata() throws Exception {
    assertTrue(report.failures().isEmpty(), report.summary());
    JsonNode doc = get("/api/documents/" + documentId(0));
    JsonNode meta = doc.get("metadata");
    assertEquals("ABSTRACT", doc.get("kind").asText());
    assertEquals("2018-05-17", doc.get("published").asText());
    assertEquals("29768149", meta.get("ids").get("pmid").asText());
    assertEquals("The New England journal of medicine", meta.get("venue").asText());
    assertEquals("O'Byrne PM", meta.get("authors").get(0).asText());
    assertTrue(meta.get("keywords").toString().contains("Asthma"));
  }

  @Test
  void trialDocumentShowsItsClaimsAndTheSponsorCardShowsTheTrial() throws Exception {
    JsonNode doc = get("/api/documents/" + documentId(1));
    assertEquals("NCT02210780", doc.get("metadata").get("ids").get("nct").asText());
    JsonNode sanofi = null;
    for (JsonNode c : doc.get("claims")) {
      if (c.get("object").get("id").asText().equals("LITGRAPH:org-sanofi")) {
        sanofi = c;
      }
    }
    assertTrue(sanofi != null, doc.get("claims").toString());
    assertEquals("sponsored_by", sanofi.get("predicate").asText());
    assertEquals("clinicaltrials:NCT02210780", sanofi.get("subject").get("id").asText());
    assertEquals("collaborator", sanofi.get("attributes").get("role").asText());
    assertTrue(sanofi.get("sentence").isNull());
    assertEquals("clinicaltrials-record@1", sanofi.get("extractor").asText());

    JsonNode relation = get("/api/entities/LITGRAPH:org-sanofi").get("relations").get(0);
    assertEquals("sponsored_by", relation.get("predicate").asText());
    assertEquals("in", relation.get("direction").asText());
    assertEquals("clinicaltrials:NCT02210780", relation.get("other").get("id").asText());
  }
}
