package kefu.organization.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kefu.organization.Assignment;
import kefu.organization.CurrentUser;
import kefu.organization.Employee;
import kefu.organization.EmployeeFilter;
import kefu.organization.EmployeeForm;
import kefu.organization.Level;
import kefu.organization.Organization;
import kefu.organization.PayTerms;
import kefu.organization.Position;
import kefu.organization.Store;
import kefu.platform.InputRules;
import kefu.platform.SingleLine;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stores, employees and assignments over REST, exactly as API.md states them. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization")
record OrganizationApi(Organization organization, CurrentUser currentUser) {

  record StoreRequest(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code}") String code,
      @NotBlank @Size(max = 200) @SingleLine String name) {}

  record StoreView(String code, String name) {
    static StoreView of(Store s) {
      return new StoreView(s.getCode(), s.getName());
    }
  }

  record AssignmentRequest(
      @NotBlank String storeCode, @NotNull Position position, @NotNull LocalDate from) {}

  record AssignmentView(String storeCode, Position position, LocalDate from, LocalDate to) {
    static AssignmentView of(Assignment a) {
      return new AssignmentView(
          a.getStore().getCode(), a.getPosition(), a.getValidFrom(), a.getValidTo());
    }
  }

  record PayView(LocalDate from, Level level, BigDecimal baseSalary) {
    static PayView of(PayTerms p) {
      return new PayView(p.getValidFrom(), p.getLevel(), p.getBaseSalary());
    }
  }

  /** An employee; {@code level} and {@code baseSalary} are those in force today. */
  record EmployeeView(
      String code,
      String name,
      String storeCode,
      Position position,
      Level level,
      LocalDate hiredOn,
      LocalDate leftOn,
      BigDecimal baseSalary,
      List<AssignmentView> assignments,
      List<PayView> payHistory) {
    /** The employee with the store and position of their post on the given day. */
    static EmployeeView of(Employee e, LocalDate today) {
      var latest = e.postOn(today);
      PayTerms pay = e.payOn(today);
      return new EmployeeView(
          e.getCode(),
          e.getName(),
          latest.map(a -> a.getStore().getCode()).orElse(null),
          latest.map(Assignment::getPosition).orElse(null),
          pay.getLevel(),
          e.getHiredOn(),
          e.getLeftOn(),
          pay.getBaseSalary(),
          e.getAssignments().stream().map(AssignmentView::of).toList(),
          e.getPayHistory().stream().map(PayView::of).toList());
    }
  }

  private EmployeeView view(Employee e) {
    return EmployeeView.of(e, organization.today());
  }

  @PostMapping("/stores")
  @ResponseStatus(HttpStatus.CREATED)
  StoreView createStore(@Valid @RequestBody StoreRequest req) {
    return StoreView.of(organization.createStore(currentUser.scope(), req.code(), req.name()));
  }

  @GetMapping("/stores")
  List<StoreView> stores() {
    return organization.visibleStores(currentUser.scope()).stream().map(StoreView::of).toList();
  }

  @GetMapping("/stores/{code}")
  StoreView store(@PathVariable String code) {
    return StoreView.of(organization.store(currentUser.scope(), code));
  }

  @PostMapping("/employees")
  @ResponseStatus(HttpStatus.CREATED)
  EmployeeView createEmployee(@Valid @RequestBody EmployeeForm form) {
    return view(organization.createEmployee(currentUser.scope(), form));
  }

  @PutMapping("/employees/{code}")
  EmployeeView updateEmployee(@PathVariable String code, @Valid @RequestBody EmployeeForm form) {
    return view(organization.updateEmployee(currentUser.scope(), code, form));
  }

  @GetMapping("/employees")
  List<EmployeeView> employees(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String storeCode,
      @RequestParam(required = false) Position position,
      @RequestParam(required = false) Level level,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    var scope = currentUser.scope();
    Long storeId =
        storeCode == null || storeCode.isBlank()
            ? null
            : organization.store(scope, storeCode).getId();
    return organization
        .searchEmployees(
            scope,
            new EmployeeFilter(q, storeId, position, level, true),
            PageRequest.of(
                InputRules.page(page), InputRules.within("size", size, 1, 1000), Sort.by("code")))
        .map(this::view)
        .getContent();
  }

  @GetMapping("/employees/{code}")
  EmployeeView employee(@PathVariable String code) {
    return view(organization.employee(currentUser.scope(), code));
  }

  @PostMapping("/employees/{code}/assignments")
  @ResponseStatus(HttpStatus.CREATED)
  AssignmentView assign(@PathVariable String code, @Valid @RequestBody AssignmentRequest req) {
    return AssignmentView.of(
        organization.assign(
            currentUser.scope(), code, req.storeCode(), req.position(), req.from()));
  }
}
