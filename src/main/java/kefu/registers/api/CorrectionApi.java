package kefu.registers.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.registers.Correction;
import kefu.registers.Corrections;
import kefu.registers.Registers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Corrections of the key, uniform and hazardous-materials entries over REST. */
@RestController
@RequestMapping("/api/v1/registers/corrections")
@Tag(name = "Registers: corrections")
class CorrectionApi {

  private static final List<String> ENTRIES =
      List.of(
          "key-loan",
          "key-emergency-opening",
          "key-loss",
          "uniform-movement",
          "uniform-damage",
          "hazmat-movement");

  private final Corrections corrections;
  private final CurrentUser currentUser;
  private final Registers registers;

  CorrectionApi(Corrections corrections, CurrentUser currentUser, Registers registers) {
    this.corrections = corrections;
    this.currentUser = currentUser;
    this.registers = registers;
  }

  record CorrectionView(
      long id,
      String entry,
      long entryId,
      String storeCode,
      String reason,
      String correction,
      String recordedBy,
      OffsetDateTime recordedAt) {
    static CorrectionView of(Correction c, Registers registers) {
      return new CorrectionView(
          c.id(),
          c.entry(),
          c.entryId(),
          c.storeCode(),
          c.reason(),
          c.correction(),
          c.recordedBy(),
          c.recordedAt().atZone(registers.zone()).toOffsetDateTime());
    }
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CorrectionView correct(@RequestBody Corrections.NewCorrection body) {
    return CorrectionView.of(corrections.correct(currentUser.scope(), body), registers);
  }

  /** The corrections of a store's entries and of the group's registers, oldest first. */
  @GetMapping
  List<CorrectionView> list(@RequestParam(required = false) String storeCode) {
    return corrections.of(currentUser.scope(), storeCode, ENTRIES).values().stream()
        .flatMap(List::stream)
        .map(c -> CorrectionView.of(c, registers))
        .toList();
  }
}
