package kefu.registers.uniforms.web;

import static kefu.registers.RegisterPrint.person;

import java.util.List;
import java.util.Map;
import kefu.registers.People;
import kefu.registers.Post;
import kefu.registers.RegisterPrint;
import kefu.registers.uniforms.UniformMovement;
import org.springframework.stereotype.Component;

/**
 * A uniform issue as its signed requisition (制服领用申请单) for the paper file: name, department, style,
 * quantity and date (SPEC §7), the department head who signed it and how, and the lines where the
 * wearer, the head and the one who issued it sign.
 */
@Component
class UniformPrint {

  private final RegisterPrint print;
  private final People people;

  UniformPrint(RegisterPrint print, People people) {
    this.print = print;
    this.people = people;
  }

  byte[] requisition(UniformMovement issue) {
    Map<String, String> names = people.names(List.of(issue.employeeCode(), issue.approverCode()));
    Post post = people.postOn(issue.employeeCode(), issue.on()).orElse(null);
    return print.form(
        "registers.pdf.requisition.title",
        issue.id(),
        form ->
            form.pairs(
                    "registers.pdf.number", String.valueOf(issue.id()),
                    "registers.uniform.issuedOn", String.valueOf(issue.on()),
                    "registers.uniform.employee", person(issue.employeeCode(), names),
                    "registers.pdf.department",
                        post == null
                            ? ""
                            : post.storeCode() + " " + form.text("position." + post.position()),
                    "registers.pdf.approver", person(issue.approverCode(), names),
                    "registers.pdf.approval", form.text("registers.approval." + issue.approval()))
                .table(
                    List.of(
                        "registers.uniform.item",
                        "registers.uniform.size",
                        "registers.uniform.quantity"),
                    new float[] {4, 2, 2},
                    List.of(List.of(issue.item(), issue.size(), String.valueOf(issue.quantity()))))
                .signatures(
                    "registers.pdf.signRecipient",
                    "registers.pdf.signHead",
                    "registers.pdf.signStore"));
  }
}
