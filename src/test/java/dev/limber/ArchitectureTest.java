package dev.limber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The design, as rules on the compiled classes: the pure core touches no device, file, clock or
 * thread; packages depend only downward; each outside library stays in the one package that wraps
 * it.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.limber");

  @Test
  void theSessionFormatAndTheTimelineAreAPureFunctionWithoutIoClockOrThreads() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.limber.session..", "dev.limber.timeline..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.nio.file..",
            "java.net..",
            "javax.sound..",
            "java.util.concurrent..",
            "com.sun.speech..",
            "com.googlecode.lanterna..")
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(
            java.io.File.class,
            java.io.FileInputStream.class,
            java.io.FileOutputStream.class,
            java.io.RandomAccessFile.class,
            Thread.class,
            java.time.Clock.class)
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(System.class, "nanoTime")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .because(
            "a session compiles to the same timeline every time, on any thread, with no machine around it")
        .check(CLASSES);
  }

  @Test
  void packagesDependOnlyDownward() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("cli")
        .definedBy("dev.limber.cli..")
        .layer("faces")
        .definedBy("dev.limber.ui..", "dev.limber.remote..", "dev.limber.listen..")
        .layer("playback")
        .definedBy("dev.limber.playback..")
        .layer("history")
        .definedBy("dev.limber.history..")
        .layer("catalog")
        .definedBy("dev.limber.catalog..")
        .layer("engine")
        .definedBy("dev.limber.engine..")
        .layer("sound")
        .definedBy("dev.limber.speech..", "dev.limber.audio..")
        .layer("timeline")
        .definedBy("dev.limber.timeline..")
        .layer("session")
        .definedBy("dev.limber.session..")
        .layer("text")
        .definedBy("dev.limber.text..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("faces")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("playback")
        .mayOnlyBeAccessedByLayers("cli", "faces")
        .whereLayer("history")
        .mayOnlyBeAccessedByLayers("cli", "faces", "playback")
        .whereLayer("engine")
        .mayOnlyBeAccessedByLayers("cli", "faces", "playback")
        .whereLayer("catalog")
        .mayOnlyBeAccessedByLayers("cli", "faces", "playback")
        .whereLayer("sound")
        .mayOnlyBeAccessedByLayers("cli", "faces", "playback", "engine")
        .whereLayer("timeline")
        .mayOnlyBeAccessedByLayers("cli", "faces", "playback", "engine", "sound")
        .whereLayer("session")
        .mayOnlyBeAccessedByLayers(
            "cli", "faces", "playback", "history", "catalog", "engine", "sound", "timeline")
        .whereLayer("text")
        .mayOnlyBeAccessedByLayers(
            "cli", "faces", "playback", "history", "catalog", "engine", "sound")
        .check(CLASSES);
  }

  @Test
  void onlyTheCommandLineKnowsPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.limber.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(CLASSES);
  }

  @Test
  void theCompletionLogStandsOnItsOwnAndAloneTouchesSqlite() {
    noClasses()
        .that()
        .resideInAPackage("dev.limber.history..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "Limber classes outside history",
                c ->
                    c.getPackageName().startsWith("dev.limber")
                        && !c.getPackageName().startsWith("dev.limber.history")
                        && !c.getPackageName().startsWith("dev.limber.text")))
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.limber.history..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sqlite..", "java.sql..")
        .because("play's start-up must never load the SQLite driver")
        .check(CLASSES);
  }

  @Test
  void onlyTheCommandLineKnowsExitStatuses() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.limber.cli..")
        .should()
        .dependOnClassesThat()
        .haveNameMatching("dev\\.limber\\.cli\\.(Exit|LimberException).*")
        .because("below the command line, failures are domain exceptions and outcomes are data")
        .check(CLASSES);
  }

  @Test
  void eachDeviceAndEngineStaysBehindItsOwnPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.limber.audio..", "dev.limber.speech..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javax.sound..")
        .because(
            "sound cards are reached through an AudioSink (FreeTTS's player interface is made of javax.sound types)")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.limber.speech..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.sun.speech..")
        .because("FreeTTS is reached through Speech")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.limber.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.googlecode.lanterna..")
        .because("the terminal belongs to the full-screen face")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.limber.listen..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.cmu.sphinx..")
        .because(
            "the recognizer is reached through Decoder, and its model loads only when listening;"
                + " the microphone itself is javax.sound, opened in audio (Microphone)")
        .check(CLASSES);
  }
}
