package kefu.policy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import kefu.organization.CurrentUser;
import kefu.platform.SingleLine;
import kefu.policy.Clause;
import kefu.policy.IncidentTypeDefinition;
import kefu.policy.LocalizedText;
import kefu.policy.NewAdoption;
import kefu.policy.NewCopy;
import kefu.policy.PackAdoption;
import kefu.policy.PackHistory;
import kefu.policy.PackInForce;
import kefu.policy.PackProblem;
import kefu.policy.PackVersion;
import kefu.policy.PolicyPack;
import kefu.policy.PolicyPacks;
import kefu.policy.RuleDescriptions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy packs over REST: the packs with their clauses and readable rules, their versions, copies
 * and edits, and the adoptions that put them in force (API.md "Policy packs").
 */
@RestController
@RequestMapping("/api/v1/policy-packs")
@Tag(name = "Policy packs")
record PolicyPackApi(PolicyPacks packs, RuleDescriptions descriptions, CurrentUser currentUser) {

  // ---- views -------------------------------------------------------------------------------

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PackView(
      String id,
      int version,
      LocalizedText title,
      String documentNumber,
      boolean builtIn,
      List<VersionView> versions,
      List<ClauseView> clauses,
      String yaml) {}

  record VersionView(int version, LocalizedText title, Instant createdAt, String createdBy) {
    static VersionView of(PackVersion v) {
      return new VersionView(v.version(), v.title(), v.createdAt(), v.createdBy());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ClauseView(String number, LocalizedText summary, List<TypeView> types, QuotaView quota) {}

  record TypeView(String code, LocalizedText label, String unit, String employee, RuleView rule) {}

  /** The machine rule: its kind and what it does, in both languages. */
  record RuleView(String kind, String zh, String en) {}

  record QuotaView(String code, LocalizedText label, int atLeast, String performedBy) {}

  record AdoptionView(
      long id,
      String packId,
      int version,
      LocalDate effectiveFrom,
      boolean allStores,
      List<String> storeCodes,
      Instant createdAt,
      String createdBy) {
    static AdoptionView of(PackAdoption a) {
      return new AdoptionView(
          a.id(),
          a.pack().packId(),
          a.pack().version(),
          a.effectiveFrom(),
          a.allStores(),
          a.allStores() ? null : List.copyOf(a.storeCodes()),
          a.createdAt(),
          a.createdBy());
    }
  }

  record InForceView(
      String packId,
      int version,
      LocalizedText title,
      LocalDate effectiveFrom,
      long adoptionId,
      List<String> governedTypes) {
    static InForceView of(PackInForce p) {
      return new InForceView(
          p.pack().id(),
          p.pack().version(),
          p.pack().title(),
          p.adoption().effectiveFrom(),
          p.adoption().id(),
          p.governedTypes());
    }
  }

  record ProblemView(int line, String field, String message) {
    static ProblemView of(PackProblem p) {
      return new ProblemView(p.line(), p.field(), p.message());
    }
  }

  record ValidationView(boolean valid, List<ProblemView> problems) {}

  // ---- requests ----------------------------------------------------------------------------

  /** {@code storeCodes} null = every store; {@code version} null = the latest. */
  record AdoptionRequest(
      @NotNull LocalDate effectiveFrom, Integer version, List<String> storeCodes) {}

  record TitleRequest(
      @NotBlank @Size(max = 200) @SingleLine String zh,
      @NotBlank @Size(max = 200) @SingleLine String en) {}

  record CopyRequest(
      @NotBlank @Size(max = 64) String packId,
      @NotNull @Valid TitleRequest title,
      Integer fromVersion) {}

  record YamlRequest(@NotBlank String yaml) {}

  // ---- reading -----------------------------------------------------------------------------

  @GetMapping
  List<PackView> list() {
    return packs.packs().stream().map(h -> view(h, h.latest(), false)).toList();
  }

  @GetMapping("/adoptions")
  List<AdoptionView> adoptions() {
    return packs.adoptions().stream().map(AdoptionView::of).toList();
  }

  @GetMapping("/in-force")
  List<InForceView> inForce(
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) LocalDate date) {
    return packs.inForce(currentUser.scope(), storeCode, date).stream()
        .map(InForceView::of)
        .toList();
  }

  /** One pack at its latest version, or at {@code version}; with its YAML text. */
  @GetMapping("/{packId}")
  PackView pack(@PathVariable String packId, @RequestParam(required = false) Integer version) {
    PackHistory history = packs.history(packId);
    PackVersion v = version == null ? history.latest() : packs.version(packId, version);
    return view(history, v, true);
  }

  // ---- changing ----------------------------------------------------------------------------

  @PostMapping("/{packId}/adoptions")
  @ResponseStatus(HttpStatus.CREATED)
  AdoptionView adopt(@PathVariable String packId, @Valid @RequestBody AdoptionRequest req) {
    return AdoptionView.of(
        packs.adopt(
            currentUser.scope(),
            new NewAdoption(
                packId,
                req.version(),
                req.effectiveFrom(),
                req.storeCodes() == null ? null : new LinkedHashSet<>(req.storeCodes()))));
  }

  @PostMapping("/{packId}/copies")
  @ResponseStatus(HttpStatus.CREATED)
  PackView copy(@PathVariable String packId, @Valid @RequestBody CopyRequest req) {
    PackVersion copy =
        packs.copy(
            currentUser.scope(),
            new NewCopy(
                packId,
                req.fromVersion(),
                req.packId(),
                new LocalizedText(req.title().zh(), req.title().en())));
    return view(packs.history(copy.packId()), copy, true);
  }

  /** Stores {@code yaml} as the pack's next version; 400 with every problem by line otherwise. */
  @PostMapping("/{packId}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  PackView saveVersion(@PathVariable String packId, @Valid @RequestBody YamlRequest req) {
    PackVersion saved = packs.saveNextVersion(currentUser.scope(), packId, req.yaml());
    return view(packs.history(packId), saved, true);
  }

  /** Checks {@code yaml} as the pack's next version without storing it. */
  @PostMapping("/{packId}/validation")
  ValidationView validate(@PathVariable String packId, @Valid @RequestBody YamlRequest req) {
    List<PackProblem> problems = packs.validate(packId, req.yaml());
    return new ValidationView(problems.isEmpty(), problems.stream().map(ProblemView::of).toList());
  }

  // ---- mapping -----------------------------------------------------------------------------

  private PackView view(PackHistory history, PackVersion v, boolean withYaml) {
    PolicyPack pack = packs.pack(v);
    return new PackView(
        pack.id(),
        v.version(),
        pack.title(),
        pack.documentNumber().orElse(null),
        v.builtIn(),
        history.versions().stream().map(VersionView::of).toList(),
        pack.clauses().stream().map(c -> clause(pack, c)).toList(),
        withYaml ? v.yaml() : null);
  }

  private ClauseView clause(PolicyPack pack, Clause c) {
    return new ClauseView(
        c.number(),
        c.summary(),
        c.types().stream().map(t -> type(pack, t)).toList(),
        c.quota() == null
            ? null
            : new QuotaView(
                c.quota().code(), c.quota().label(), c.quota().atLeast(), c.quota().performedBy()));
  }

  private TypeView type(PolicyPack pack, IncidentTypeDefinition t) {
    LocalizedText rule = descriptions.describe(pack, t.rule());
    return new TypeView(
        t.code(),
        t.label(),
        t.unit().name(),
        t.employee().name(),
        new RuleView(t.rule().kind().name(), rule.zh(), rule.en()));
  }
}
