package kefu.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import kefu.Web;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The printable forms for the paper file, read back as text: the key loan slip, the emergency
 * opening record and the uniform requisition are A4, in Chinese with the fonts embedded, and say
 * who did what and where each person signs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegisterFormsPdfTest {

  @Autowired MockMvc mvc;

  RegisterStaff s;

  @BeforeEach
  void aStoreOfItsOwn() throws Exception {
    s = RegisterStaff.create(mvc, "F");
  }

  long created(RequestPostProcessor who, String path, String body) throws Exception {
    ResultActions answer =
        mvc.perform(Web.json(post(path), who, body)).andExpect(status().isCreated());
    return ((Number) JsonPath.read(Web.body(answer), "$.id")).longValue();
  }

  long key(String code, boolean sealed) throws Exception {
    return created(
        Web.ADMIN,
        "/api/v1/keys",
        "{\"storeCode\":\"%s\",\"code\":\"%s\",\"keyClass\":\"EQUIPMENT_ROOM\",\"custodianCode\":\"%s\",\"sealed\":%s}"
            .formatted(s.store, code, s.code("CU"), sealed));
  }

  /** The form's text, after checking it is one A4 page whose fonts are all embedded. */
  String printed(String path, RequestPostProcessor who) throws Exception {
    byte[] pdf =
        Web.bytes(
            mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isBetween(594f, 596f);
      assertThat(page.getMediaBox().getHeight()).isBetween(841f, 843f);
      PDResources resources = page.getResources();
      List<PDFont> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
      assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void aKeyLoanPrintsAsASlipWithTheBorrowerTheApproverAndTheLinesToSign() throws Exception {
    long key = key("K-SLIP", false);
    long loan =
        created(
            s.login("CM"),
            "/api/v1/keys/" + key + "/loans",
            "{\"borrowerCode\":\"%s\",\"approverCode\":\"%s\",\"purpose\":\"检修空调机房\",\"borrowedAt\":\"2026-10-08T09:30:00+08:00\"}"
                .formatted(s.code("A1"), s.code("CM")));

    String text = printed("/registers/keys/loans/" + loan + ".pdf", s.login("CM"));

    assertThat(text)
        .contains("钥匙借用登记单", "K-SLIP", "设备间", "检修空调机房", "2026-10-08 09:30")
        .contains(s.code("A1") + " 员工A1", s.code("CM") + " 员工CM", "本人登录审批")
        .contains("借用人（签字）", "审批人（签字）", "归还签收保管人（签字）");
  }

  @Test
  void anEmergencyOpeningPrintsWithItsWitnessesGuardAndBothSeals() throws Exception {
    long key = key("K-SEAL", true);
    long opening =
        created(
            s.login("SM"),
            "/api/v1/keys/" + key + "/emergency-openings",
            "{\"approverCode\":\"%s\",\"witnessCodes\":[\"%s\",\"%s\"],\"guardName\":\"王保安\",\"reason\":\"单元漏水\",\"openedAt\":\"2026-10-08T22:10:00+08:00\",\"sealBefore\":\"F-0012\"}"
                .formatted(s.code("SM"), s.code("A1"), s.code("A3")));
    mvc.perform(
            Web.json(
                post("/api/v1/keys/emergency-openings/" + opening + "/closing"),
                Web.ADMIN,
                "{\"closedAt\":\"2026-10-08T23:00:00+08:00\",\"sealAfter\":\"F-0013\"}"))
        .andExpect(status().isOk());

    String text = printed("/registers/keys/openings/" + opening + ".pdf", Web.ADMIN);

    assertThat(text)
        .contains("封存钥匙紧急开启记录", "K-SEAL", "单元漏水", "王保安")
        .contains(s.code("SM") + " 员工SM", s.code("A1") + " 员工A1", s.code("A3"))
        .contains("F-0012", "F-0013", "2026-10-08 22:10", "2026-10-08 23:00")
        .contains("见证人一（签字）", "见证人二（签字）", "在场保安（签字）", "客服部经理（签字存档）");
  }

  @Test
  void aUniformIssuePrintsAsTheRequisitionTheDepartmentHeadSigned() throws Exception {
    String item = "VEST-" + s.store;
    created(
        Web.ADMIN,
        "/api/v1/uniforms/stock",
        "{\"item\":\"%s\",\"size\":\"L\",\"quantity\":5}".formatted(item));
    long issue =
        created(
            s.login("CM"),
            "/api/v1/uniforms/issues",
            "{\"employeeCode\":\"%s\",\"item\":\"%s\",\"size\":\"L\",\"quantity\":2,\"issuedOn\":\"2026-10-08\",\"approverCode\":\"%s\"}"
                .formatted(s.code("A2"), item, s.code("CM")));

    String text = printed("/registers/uniforms/issues/" + issue + ".pdf", s.login("CM"));

    assertThat(text)
        .contains("制服领用申请单", item, "2026-10-08", s.code("A2") + " 员工A2")
        .contains(s.store + " 客服专员", s.code("CM") + " 员工CM")
        .contains("领用人（签字）", "部门负责人（签字）");
  }

  @Test
  void aFormOfAnotherStoreIsNotFoundAndAReceiptHasNoRequisition() throws Exception {
    long key = key("K-OTHER", false);
    long loan =
        created(
            Web.ADMIN,
            "/api/v1/keys/" + key + "/loans",
            "{\"borrowerCode\":\"%s\",\"approverCode\":\"%s\",\"purpose\":\"取资料\"}"
                .formatted(s.code("A1"), s.code("CU")));
    mvc.perform(get("/registers/keys/loans/" + loan + ".pdf").with(Web.S01_CS))
        .andExpect(status().isNotFound());

    long receipt =
        created(
            Web.ADMIN,
            "/api/v1/uniforms/stock",
            "{\"item\":\"CAP-%s\",\"size\":\"S\",\"quantity\":1}".formatted(s.store));
    mvc.perform(get("/registers/uniforms/issues/" + receipt + ".pdf").with(Web.ADMIN))
        .andExpect(status().isNotFound());
  }
}
