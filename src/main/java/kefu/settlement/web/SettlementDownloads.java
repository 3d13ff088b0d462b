package kefu.settlement.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.GroupCalendar;
import kefu.organization.Organization;
import kefu.platform.ExcelExport;
import kefu.platform.ExcelExport.SheetData;
import kefu.settlement.web.StatementView.Line;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The month as an Excel workbook and one statement as a PDF, both within the user's scope. */
@Controller
class SettlementDownloads {

  static final String LATIN_FONT = "fonts/DejaVuSans.ttf";
  static final String CJK_FONT = "fonts/DroidSansFallbackFull.ttf";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final List<String> STATEMENT_COLUMNS =
      List.of(
          "settlement.col.employeeCode",
          "settlement.col.employeeName",
          "settlement.col.storeCode",
          "settlement.col.storeName",
          "settlement.col.fineTotal",
          "settlement.col.pointsDeducted",
          "settlement.col.pointsRemaining",
          "settlement.col.flags",
          "settlement.score.title",
          "settlement.col.rankInStore",
          "settlement.col.rankInGroup",
          "settlement.pay.net");

  private static final List<String> LINE_COLUMNS =
      List.of(
          "settlement.col.employeeCode",
          "settlement.col.employeeName",
          "settlement.col.pack",
          "settlement.col.clause",
          "settlement.col.type",
          "settlement.col.incidents",
          "settlement.col.fine",
          "settlement.col.points",
          "settlement.col.note",
          "settlement.col.earning");

  private final StatementPages pages;
  private final ExcelExport excel;
  private final CurrentUser currentUser;
  private final Organization organization;
  private final Texts texts;
  private final Clock clock;
  private final GroupCalendar group;
  private volatile StatementPdf pdf;

  SettlementDownloads(
      StatementPages pages,
      ExcelExport excel,
      CurrentUser currentUser,
      Organization organization,
      Texts texts,
      Clock clock,
      GroupCalendar group) {
    this.group = group;
    this.pages = pages;
    this.excel = excel;
    this.currentUser = currentUser;
    this.organization = organization;
    this.texts = texts;
    this.clock = clock;
  }

  /** One sheet of statements and one of their lines, filtered like the overview. */
  @GetMapping("/settlements/{month}/export.xlsx")
  ResponseEntity<byte[]> export(
      @PathVariable YearMonth month, @RequestParam(required = false) String storeCode) {
    AccessScope scope = currentUser.scope();
    String store = pages.storeFilter(scope, storeCode);
    List<StatementView> statements =
        MonthOverview.of(pages.month(scope, month).statements(), store, StatementSort.CODE, false)
            .rows();
    List<List<Object>> statementRows = new ArrayList<>(statements.size());
    List<List<Object>> lineRows = new ArrayList<>();
    for (StatementView s : statements) {
      statementRows.add(
          Arrays.asList(
              s.employeeCode(),
              s.employeeName(),
              s.storeCode(),
              s.storeName(),
              s.fineTotal().amount(),
              s.pointsDeducted().value(),
              s.pointsRemaining() == null ? null : s.pointsRemaining().value(),
              s.flags().stream().map(StatementView.Flag::label).collect(Collectors.joining(", ")),
              s.standing().score(),
              s.standing().rankInStore(),
              s.standing().rankInGroup(),
              s.pay() == null ? null : s.pay().net().amount()));
      for (Line l : s.lines()) {
        lineRows.add(
            Arrays.asList(
                s.employeeCode(),
                s.employeeName(),
                l.pack(),
                l.adjustment() ? null : l.clause(),
                // the label a person reads, with the code beside it as every export writes codes
                l.type() == null || l.type().equals(l.typeLabel())
                    ? l.typeLabel()
                    : l.typeLabel() + " (" + l.type() + ")",
                l.incidentIds(),
                l.fine().amount(),
                l.points().value(),
                l.explanation(),
                l.earning().amount()));
      }
    }
    return excel.download(
        "settlement-" + month + ".xlsx",
        List.of(
            new SheetData("settlement.sheet.statements", STATEMENT_COLUMNS, statementRows),
            new SheetData("settlement.sheet.lines", LINE_COLUMNS, lineRows)));
  }

  @GetMapping("/settlements/{month}/statements/{employeeCode}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable YearMonth month, @PathVariable String employeeCode) {
    StatementView statement = pages.statement(currentUser.scope(), month, employeeCode);
    String generatedAt = STAMP.format(clock.instant().atZone(organization.zone()));
    byte[] body = writer().write(statement, texts, group.settings().getName(), generatedAt);
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "statement-" + month + "-" + employeeCode + ".pdf", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.APPLICATION_PDF)
        .body(body);
  }

  /** The fonts are 5 MB: read them once, on the first statement anyone prints, not at start-up. */
  private StatementPdf writer() {
    StatementPdf writer = pdf;
    if (writer == null) {
      synchronized (this) {
        if (pdf == null) {
          pdf = new StatementPdf(font(LATIN_FONT), font(CJK_FONT));
        }
        writer = pdf;
      }
    }
    return writer;
  }

  static StatementPdf.FontFile font(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new StatementPdf.FontFile(
          resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
