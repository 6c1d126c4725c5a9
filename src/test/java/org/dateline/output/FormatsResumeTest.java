package org.dateline.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dateline.config.OutputMode;
import org.dateline.config.TableFormat;
import org.dateline.doc.ArticleResult;
import org.dateline.identity.AliasTable;
import org.dateline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every format of a resumed run, or of a run killed while publishing, is what an uninterrupted run gives. */
class FormatsResumeTest {

  private static final String SETTINGS = "inputs=[in.jsonl]";
  private static final Set<TableFormat> ALL = EnumSet.allOf(TableFormat.class);
  private static final List<ArticleResult> RESULTS = List.of(Results.naming(1, "Ada Lovelace"), Results.failed(2),
      Results.naming(3, "Ada Lovelace"), Results.naming(4, "Grace, \"Amazing\" Hopper"), Results.naming(5, "Zoë"));

  @TempDir
  Path dir;

  private static void write(Path out, OutputMode mode, int upTo, boolean finish) {
    RunProgress progress = OutputFolder.prepare(out, mode, SETTINGS);
    TableWriters w = new TableWriters(out, progress, SETTINGS, false, false).formats(ALL);
    for (int i = (int) progress.finished(); i < upTo; i++) {
      w.write(RESULTS.get(i));
    }
    if (!finish) {
      w.abandon();
    }
    w.close();
  }

  @Test
  void aResumedRunGivesTheSameFilesInEveryFormat() throws IOException {
    Path reference = dir.resolve("reference");
    write(reference, OutputMode.FRESH, RESULTS.size(), true);
    Path resumed = dir.resolve("resumed");
    write(resumed, OutputMode.FRESH, 2, false);
    write(resumed, OutputMode.RESUME, RESULTS.size(), true);
    assertSameFiles(reference, resumed);
  }

  @Test
  void aRunKilledWhilePublishingTheFormatsIsCompletedByResume() throws IOException {
    Path reference = dir.resolve("reference");
    write(reference, OutputMode.FRESH, RESULTS.size(), true);
    Path killed = dir.resolve("killed");
    write(killed, OutputMode.FRESH, RESULTS.size(), false);
    // The journal finished (keyed tables not yet moved over), the formats derived, one of them moved into place, a half-written one left: killed.
    Path progress = OutputFolder.progressDir(killed);
    try (ProgressJournal journal = ProgressJournal.reopen(progress.resolve(ProgressJournal.FILE_NAME),
        Files.size(progress.resolve(ProgressJournal.FILE_NAME)));
         CsvTable corpus = CsvTable.create(progress.resolve(Table.CORPUS_ENTITIES.fileName()),
             Table.CORPUS_ENTITIES)) {
      CorpusEntities.of(progress, KeyedTables.write(progress, AliasTable.none())).writeTo(corpus);
      journal.finishedRun();
    }
    DerivedFormats.write(progress, ALL);
    Files.move(progress.resolve("mentions.jsonl"), killed.resolve("mentions.jsonl"),
        StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(progress.resolve("events.parquet.part"), "half");
    write(killed, OutputMode.RESUME, RESULTS.size(), true);
    assertSameFiles(reference, killed);
    assertFalse(Files.exists(progress));
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (Table t : Table.values()) {
      for (String ext : List.of("csv", "jsonl", "parquet")) {
        String name = JsonlTable.fileName(t, ext);
        assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
      }
    }
    // A workbook records when it was made: compare what it shows.
    assertEquals(cells(expected.resolve(XlsxTables.FILE_NAME)), cells(actual.resolve(XlsxTables.FILE_NAME)));
  }

  private static List<String> cells(Path xlsx) throws IOException {
    List<String> all = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
      book.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> all.add(sheet.getSheetName() + "!"
          + c.getAddress() + "=" + c.getCellType() + ":" + format.formatCellValue(c)))));
    }
    return all;
  }
}
