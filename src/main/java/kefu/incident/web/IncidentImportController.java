package kefu.incident.web;

import kefu.incident.IncidentImport;
import kefu.organization.AccessScope;
import kefu.organization.CurrentUser;
import kefu.platform.ImportEndpoints;
import kefu.platform.ImportPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The incident import: a sheet of incidents, each checked as the recording form checks it; the
 * template offers the types of the packs adopted today.
 */
@Controller
@RequestMapping("/incidents/import")
class IncidentImportController extends ImportEndpoints<AccessScope> {

  private static final Texts TEXTS =
      new Texts("incident.import", "incident.importHint", "incident.imported");

  IncidentImportController(IncidentImport importer, CurrentUser user, ImportPage page) {
    super(page, importer, user::writer, TEXTS);
  }
}
