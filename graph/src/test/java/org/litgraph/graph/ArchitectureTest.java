package org.litgraph.graph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Neo4j and Lucene stay inside the package that wraps each of them, and the model and store
 * interfaces depend on neither (STYLE: "A Neo4j, Lucene ... type never appears ... outside the
 * package that wraps it").
 */
@AnalyzeClasses(
    packages = "org.litgraph.graph",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule neo4jStaysInItsPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.litgraph.graph.neo4j..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.neo4j..");

  @ArchTest
  static final ArchRule luceneStaysInItsPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.litgraph.graph.lucene..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.lucene..");

  @ArchTest
  static final ArchRule theModelDependsOnNoStore =
      noClasses()
          .that()
          .resideInAPackage("org.litgraph.graph.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.litgraph.graph.store..",
              "org.litgraph.graph.neo4j..",
              "org.litgraph.graph.lucene..");

  @ArchTest
  static final ArchRule theStoreInterfacesDependOnNoImplementation =
      noClasses()
          .that()
          .resideInAPackage("org.litgraph.graph.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.litgraph.graph.neo4j..", "org.litgraph.graph.lucene..");

  @ArchTest
  static final ArchRule theStoresDoNotKnowEachOther =
      noClasses()
          .that()
          .resideInAPackage("org.litgraph.graph.neo4j..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.litgraph.graph.lucene..");
}
