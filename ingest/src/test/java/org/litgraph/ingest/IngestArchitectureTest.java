package org.litgraph.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of STYLE.md for ingest: it writes through graph's interfaces only, and
 * CoreNLP and Jsoup types stay inside the package that wraps each.
 */
class IngestArchitectureTest {
  private static JavaClasses ingest;

  @BeforeAll
  static void importClasses() {
    ingest =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.litgraph.ingest");
  }

  @Test
  void ingestNeverTouchesNeo4jLuceneOrTheStoreImplementations() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.neo4j..",
            "org.apache.lucene..",
            "org.litgraph.graph.neo4j..",
            "org.litgraph.graph.lucene..")
        .check(ingest);
  }

  @Test
  void ingestNeverServesHttp() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.litgraph.api..")
        .check(ingest);
  }

  @Test
  void onlyTheNlpPackageUsesCoreNlp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.litgraph.ingest.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford.nlp..")
        .check(ingest);
  }

  /** Issue 5: every web request goes through the guarded fetcher (address guard, robots, caps). */
  @Test
  void onlyTheGuardedFetcherMakesHttpRequests() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.litgraph.ingest.source.web..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.jsoup.Connection")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.net.http..")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(java.net.URLConnection.class)
        .orShould()
        .callMethod(java.net.URL.class, "openStream")
        .check(ingest);
  }

  @Test
  void onlyTheSourcePackageUsesJsoup() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.litgraph.ingest.source..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jsoup..")
        .check(ingest);
  }

  /** Issue 5: every source XML goes through the one hardened factory (no DTDs, no entities). */
  @Test
  void sourceXmlIsParsedOnlyThroughSecureXml() {
    noClasses()
        .that()
        .resideInAPackage("org.litgraph.ingest.source..")
        .and()
        .haveNameNotMatching("org\\.litgraph\\.ingest\\.source\\.SecureXml(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.xml.parsers..", "javax.xml.stream..", "org.xml.sax..")
        .check(ingest);
  }
}
