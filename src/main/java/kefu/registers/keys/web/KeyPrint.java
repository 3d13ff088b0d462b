package kefu.registers.keys.web;

import static kefu.registers.RegisterPrint.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kefu.registers.People;
import kefu.registers.RegisterPrint;
import kefu.registers.keys.EmergencyOpening;
import kefu.registers.keys.KeyLoan;
import kefu.registers.keys.RegisterKey;
import org.springframework.stereotype.Component;

/**
 * The key register's A4 forms for the paper file: the loan slip (钥匙借用登记) the borrower, the approver
 * and, on return, the custodian sign; and the record of an emergency opening made before and after
 * it (封存钥匙使用记录), signed by the approver, both witnesses, the guard and the CS manager who files it.
 */
@Component
class KeyPrint {

  private final RegisterPrint print;
  private final People people;

  KeyPrint(RegisterPrint print, People people) {
    this.print = print;
    this.people = people;
  }

  byte[] loanSlip(RegisterKey key, KeyLoan loan) {
    Map<String, String> names =
        people.names(codes(loan.borrowerCode(), loan.approverCode(), loan.receivedByCode(), null));
    return print.form(
        "registers.pdf.loan.title",
        loan.id(),
        form ->
            form.pairs(
                    "registers.pdf.number", String.valueOf(loan.id()),
                    "registers.pdf.store", loan.storeCode(),
                    "registers.key.code", loan.keyCode(),
                    "registers.key.class", form.text("registers.keyClass." + key.keyClass()),
                    "registers.loan.borrower", person(loan.borrowerCode(), names),
                    "registers.loan.borrowedAt", form.at(loan.borrowedAt()),
                    "registers.pdf.approver", person(loan.approverCode(), names),
                    "registers.pdf.approval", form.text("registers.approval." + loan.approval()),
                    "registers.pdf.returnedAt", form.at(loan.returnedAt()),
                    "registers.loan.receivedBy", person(loan.receivedByCode(), names))
                .line(form.text("registers.loan.purpose") + ": " + loan.purpose())
                .signatures(
                    "registers.pdf.signBorrower",
                    "registers.pdf.signApprover",
                    "registers.pdf.signCustodian"));
  }

  byte[] openingRecord(RegisterKey key, EmergencyOpening o) {
    List<String> named = new ArrayList<>(o.witnessCodes());
    named.add(o.approverCode());
    Map<String, String> names = people.names(named);
    String witnesses =
        String.join("、", o.witnessCodes().stream().map(code -> person(code, names)).toList());
    return print.form(
        "registers.pdf.opening.title",
        o.id(),
        form ->
            form.pairs(
                    "registers.pdf.number", String.valueOf(o.id()),
                    "registers.pdf.store", o.storeCode(),
                    "registers.key.code", o.keyCode(),
                    "registers.key.class", form.text("registers.keyClass." + key.keyClass()),
                    "registers.pdf.approver", person(o.approverCode(), names),
                    "registers.pdf.approval", form.text("registers.approval." + o.approval()),
                    "registers.opening.witnesses", witnesses,
                    "registers.opening.guard", o.guardName(),
                    "registers.opening.openedAt", form.at(o.openedAt()),
                    "registers.opening.sealBefore", o.sealBefore(),
                    "registers.pdf.closedAt", form.at(o.closedAt()),
                    "registers.opening.sealAfter", o.sealAfter() == null ? "" : o.sealAfter())
                .line(form.text("registers.opening.reason") + ": " + o.reason())
                .signatures(
                    "registers.pdf.signApprover",
                    "registers.pdf.signWitness1",
                    "registers.pdf.signWitness2",
                    "registers.pdf.signGuard",
                    "registers.pdf.signCsManager"));
  }

  private static List<String> codes(String... codes) {
    List<String> given = new ArrayList<>();
    for (String code : codes) {
      if (code != null) {
        given.add(code);
      }
    }
    return given;
  }
}
