package org.litgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of ../shared/STYLE.md, checked on the compiled classes of all modules: who
 * may use Neo4j, Lucene, CoreNLP, Jsoup and Javalin.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.litgraph");
  }

  @Test
  void importsAllModules() {
    org.junit.jupiter.api.Assertions.assertTrue(
        classes.containPackage("org.litgraph.graph.neo4j")
            && classes.containPackage("org.litgraph.ingest.nlp")
            && classes.containPackage("org.litgraph.api.http"),
        "expected classes of graph, ingest and api on the classpath");
  }

  @Test
  void graphUsesNoNlpHtmlOrHttpLibraries() {
    noClasses()
        .that()
        .resideInAPackage("org.litgraph.graph..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "edu.stanford..",
            "org.jsoup..",
            "io.javalin..",
            "org.litgraph.ingest..",
            "org.litgraph.api..")
        .check(classes);
  }

  @Test
  void neo4jTypesStayInTheNeo4jPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.litgraph.graph.neo4j..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.neo4j..")
        .check(classes);
  }

  @Test
  void luceneTypesStayInTheLucenePackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.litgraph.graph.lucene..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void ingestServesNoHttp() {
    noClasses()
        .that()
        .resideInAPackage("org.litgraph.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.litgraph.api..")
        .check(classes);
  }

  @Test
  void coreNlpStaysInTheNlpPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.litgraph.ingest.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford..")
        .check(classes);
  }

  @Test
  void jsoupStaysInTheSourcePackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.litgraph.ingest.source..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jsoup..")
        .check(classes);
  }

  @Test
  void javalinStaysInTheHttpLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.litgraph.api.http..", "org.litgraph.api.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.javalin..")
        .check(classes);
  }
}
