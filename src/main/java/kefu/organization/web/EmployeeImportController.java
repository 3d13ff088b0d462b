package kefu.organization.web;

import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.organization.EmployeeImport;
import kefu.platform.ImportEndpoints;
import kefu.platform.ImportPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The employee import: a sheet of new employees with their first post, all or nothing. */
@Controller
@RequestMapping("/employees/import")
class EmployeeImportController extends ImportEndpoints<AccessScope> {

  private static final Texts TEXTS = new Texts("employees.import", "import.hint", "import.done");

  EmployeeImportController(EmployeeImport importer, CurrentUser currentUser, ImportPage page) {
    super(page, importer, currentUser::writer, TEXTS);
  }
}
