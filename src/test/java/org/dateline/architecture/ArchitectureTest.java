package org.dateline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of the main code, checked on its compiled classes (the tests are not imported). */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.dateline");

  /** CoreNLP's types stay inside its adapter: every other package works on our own document model. */
  @Test
  void onlyTheCoreNlpAdapterUsesCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.dateline.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .check(MAIN);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.dateline.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /**
   * One dependency tree: stages navigate the parse through {@code doc.DepTree} only; the raw edges are built by
   * the adapter and read by the tree, nowhere else.
   */
  @Test
  void oneDependencyTree() {
    classes().that().haveSimpleNameEndingWith("Tree").should().haveFullyQualifiedName("org.dateline.doc.DepTree")
        .check(MAIN);
    noClasses().that().resideOutsideOfPackages("org.dateline.doc..", "org.dateline.corenlp..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.dateline.doc.Dependency")
        .check(MAIN);
  }

  /** The document model and the stages know nothing of how a run is carried out or written. */
  @Test
  void stagesDoNotReachUp() {
    noClasses().that().resideInAnyPackage("org.dateline.doc..", "org.dateline.entities..", "org.dateline.quotes..",
            "org.dateline.events..", "org.dateline.page..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dateline.corenlp..", "org.dateline.run..",
            "org.dateline.output..", "org.dateline.table..", "org.dateline.cli..", "org.dateline.spark..",
            "org.dateline.eval..")
        .check(MAIN);
  }
}
