package kefu.registers.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kefu.Web;
import kefu.registers.RegisterStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The key register over the API as SPEC §8.4 says it, on each database: loans approved by the
 * custodian or the CS manager, returns received by the custodian, the keys still out at the end of
 * the day, and sealed keys opened only by an emergency opening with every condition checked on its
 * own field. Every refusal writes nothing.
 */
abstract class KeyRegisterScenario {

  private static final AtomicInteger KEYS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  RegisterStaff s;

  @BeforeEach
  void aStoreOfItsOwn() throws Exception {
    s = RegisterStaff.create(mvc, "K");
  }

  long key(boolean sealed) throws Exception {
    String body =
        "{\"storeCode\":\"%s\",\"code\":\"K-%d\",\"keyClass\":\"OFFICE\",\"custodianCode\":\"%s\",\"sealed\":%s}"
            .formatted(s.store, KEYS.incrementAndGet(), s.code("CU"), sealed);
    return id(call(Web.ADMIN, "/api/v1/keys", body).andExpect(status().isCreated()));
  }

  ResultActions call(RequestPostProcessor who, String path, String body) throws Exception {
    return mvc.perform(Web.json(post(path), who, body));
  }

  ResultActions lend(RequestPostProcessor who, long key, String borrower, String approver)
      throws Exception {
    return call(
        who,
        "/api/v1/keys/" + key + "/loans",
        "{\"borrowerCode\":\"%s\",\"approverCode\":\"%s\",\"purpose\":\"取资料\",\"borrowedAt\":\"2026-10-08T09:00:00+08:00\"}"
            .formatted(borrower, approver));
  }

  static long id(ResultActions answer) throws Exception {
    return ((Number) JsonPath.read(Web.body(answer), "$.id")).longValue();
  }

  long loans() {
    return jdbc.sql(
            "select count(*) from key_loan l join register_key k on k.id = l.key_id where k.store_code = ?")
        .param(s.store)
        .query(Long.class)
        .single();
  }

  ResultActions unreturned(String date) throws Exception {
    return mvc.perform(
        get("/api/v1/keys/unreturned")
            .param("storeCode", s.store)
            .param("date", date)
            .with(Web.ADMIN));
  }

  @Test
  void theCsManagerApprovesALoanThatStaysOnTheDaysListUntilTheCustodianReceivesIt()
      throws Exception {
    long key = key(false);
    long loan =
        id(
            lend(s.login("CM"), key, s.code("A1"), s.code("CM"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OUT"))
                .andExpect(jsonPath("$.approval").value("OWN_LOGIN"))
                .andExpect(jsonPath("$.borrowerName").value("员工A1")));

    unreturned("2026-10-08").andExpect(jsonPath("$[*].id", hasItem((int) loan)));

    call(
            Web.ADMIN,
            "/api/v1/keys/loans/" + loan + "/return",
            "{\"returnedAt\":\"2026-10-09T10:00:00+08:00\",\"receivedByCode\":\"%s\"}"
                .formatted(s.code("CU")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RETURNED"))
        .andExpect(jsonPath("$.receivedByCode").value(s.code("CU")));

    unreturned("2026-10-08").andExpect(jsonPath("$[*].id", hasItem((int) loan)));
    unreturned("2026-10-09").andExpect(jsonPath("$[*].id", not(hasItem((int) loan))));
  }

  @Test
  void aKeyAlreadyOutIsNotLentAgain() throws Exception {
    long key = key(false);
    lend(Web.ADMIN, key, s.code("A1"), s.code("CU")).andExpect(status().isCreated());

    lend(Web.ADMIN, key, s.code("A2"), s.code("CU")).andExpect(status().isConflict());

    assertThat(loans()).isEqualTo(1);
  }

  @Test
  void anOutsiderAnApproverWhoIsNeitherCustodianNorManagerAndASealedKeyAreRefused()
      throws Exception {
    long key = key(false);
    lend(Web.ADMIN, key, "NOBODY", s.code("A2"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("borrowerCode"))
        .andExpect(jsonPath("$.errors[0].message").value("钥匙只借给本公司员工，不得外借"))
        .andExpect(jsonPath("$.errors[1].field").value("approverCode"));

    lend(Web.ADMIN, key(true), s.code("A1"), s.code("CU"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("keyId"))
        .andExpect(jsonPath("$.errors[0].message").value("封存钥匙不得借出，只能按紧急开启程序开启"));

    assertThat(loans()).isZero();
  }

  @Test
  void onlyTheApproverOrAnAdministratorRecordingPaperMayNameTheApprover() throws Exception {
    long key = key(false);
    lend(s.login("CM"), key, s.code("A1"), s.code("CU"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("approverCode"));
    assertThat(loans()).isZero();

    long loan =
        id(
            lend(Web.GROUP_CS, key, s.code("A1"), s.code("CU"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.approval").value("PAPER")));

    String audit =
        jdbc.sql(
                "select after_json from audit_entry where entity_type = 'key-loan' and entity_id = ?")
            .param(String.valueOf(loan))
            .query(String.class)
            .single();
    assertThat(audit).contains("PAPER").contains(s.code("CU"));
  }

  @Test
  void aReturnReceivedBySomeoneOtherThanTheCustodianIsRefused() throws Exception {
    long loan = id(lend(Web.ADMIN, key(false), s.code("A1"), s.code("CU")));
    String path = "/api/v1/keys/loans/" + loan + "/return";

    call(Web.ADMIN, path, "{\"receivedByCode\":\"%s\"}".formatted(s.code("A2")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("receivedByCode"));
    call(Web.ADMIN, path, "{\"receivedByCode\":\"%s\"}".formatted(s.code("CU")))
        .andExpect(status().isOk());
    call(Web.ADMIN, path, "{\"receivedByCode\":\"%s\"}".formatted(s.code("CU")))
        .andExpect(status().isConflict());
  }

  String opening(String approver, List<String> witnesses, String guard, String sealBefore) {
    return "{\"approverCode\":\"%s\",\"witnessCodes\":%s,%s\"reason\":\"机房漏水\",\"openedAt\":\"2026-10-08T22:00:00+08:00\",\"sealBefore\":\"%s\"}"
        .formatted(
            approver,
            witnesses.stream().map(w -> "\"" + w + "\"").toList(),
            guard == null ? "" : "\"guardName\":\"" + guard + "\",",
            sealBefore);
  }

  long openings() {
    return jdbc.sql(
            "select count(*) from key_opening o join register_key k on k.id = o.key_id where k.store_code = ?")
        .param(s.store)
        .query(Long.class)
        .single();
  }

  @Test
  void anEmergencyOpeningNamesEveryBrokenConditionOnItsField() throws Exception {
    long key = key(true);
    String path = "/api/v1/keys/" + key + "/emergency-openings";

    call(Web.ADMIN, path, opening(s.code("CM"), List.of(s.code("CM")), null, "F-0012"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("approverCode"))
        .andExpect(jsonPath("$.errors[0].message").value("紧急开启须经店长或集团领导批准"))
        .andExpect(jsonPath("$.errors[1].field").value("witnessCodes"))
        .andExpect(jsonPath("$.errors[1].message").value("须有两名客服部人员在场见证"))
        .andExpect(jsonPath("$.errors[2].field").value("witnessCodes[0]"))
        .andExpect(jsonPath("$.errors[2].message").value("审批人不能同时作见证人"))
        .andExpect(jsonPath("$.errors[3].field").value("guardName"));

    call(
            Web.ADMIN,
            path,
            opening(s.code("SM"), List.of(s.code("A1"), s.code("SM")), "王保安", "F-0012"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("witnessCodes[1]"))
        .andExpect(jsonPath("$.errors[0].message").value("审批人不能同时作见证人"));

    call(Web.ADMIN, path, opening(s.code("SM"), List.of(s.code("A1"), "E105"), "王保安", "F-0012"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("witnessCodes[1]"))
        .andExpect(jsonPath("$.errors[0].message").value("见证人必须是本门店客服部员工"));

    assertThat(openings()).isZero();
  }

  @Test
  void theStoreManagerOpensASealedKeyBeforeWitnessesAndItIsSealedAgainWithANewSeal()
      throws Exception {
    long key = key(true);
    String path = "/api/v1/keys/" + key + "/emergency-openings";
    String witnessed = opening(s.code("SM"), List.of(s.code("A1"), s.code("A3")), "王保安", "F-0012");

    long opening =
        id(
            call(s.login("SM"), path, witnessed)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.approval").value("OWN_LOGIN"))
                .andExpect(jsonPath("$.witnessCodes[1]").value(s.code("A3"))));
    call(s.login("SM"), path, witnessed).andExpect(status().isConflict());

    String closing = "/api/v1/keys/emergency-openings/" + opening + "/closing";
    call(
            Web.ADMIN,
            closing,
            "{\"closedAt\":\"2026-10-08T23:00:00+08:00\",\"sealAfter\":\"F-0012\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("sealAfter"));
    call(
            Web.ADMIN,
            closing,
            "{\"closedAt\":\"2026-10-08T23:00:00+08:00\",\"sealAfter\":\"F-0013\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.sealAfter").value("F-0013"));

    call(s.login("SM"), path, witnessed)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("sealBefore"))
        .andExpect(jsonPath("$.errors[0].message").value("封条编号与上次重新封存时的编号不符"));
    assertThat(openings()).isEqualTo(1);
  }

  @Test
  void anUnsealedKeyIsLentNotOpened() throws Exception {
    call(
            Web.ADMIN,
            "/api/v1/keys/" + key(false) + "/emergency-openings",
            opening(s.code("SM"), List.of(s.code("A1"), s.code("A3")), "王保安", "F-1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("keyId"));
  }

  long auditEntries(String entry) {
    return jdbc.sql("select count(*) from audit_entry where entity_type = ? and after_json like ?")
        .params(entry, "%" + s.store + "/%")
        .query(Long.class)
        .single();
  }

  @Test
  void aLostKeyIsNotLentUntilTheCsManagerOrdersItReKeyedAndBothStepsAreAudited() throws Exception {
    long key = key(false);
    String report =
        "{\"reportedByCode\":\"%s\",\"lostAt\":\"2026-10-08T11:00:00+08:00\",\"circumstances\":\"在展厅遗失\"}"
            .formatted(s.code("A1"));
    long loss =
        id(
            call(s.login("CM"), "/api/v1/keys/" + key + "/losses", report)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REPORTED")));
    call(s.login("CM"), "/api/v1/keys/" + key + "/losses", report).andExpect(status().isConflict());

    lend(s.login("CM"), key, s.code("A2"), s.code("CM"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("keyId"))
        .andExpect(jsonPath("$.errors[0].message").value("该钥匙已报失，须待批准配换钥匙或换锁后才能再借出"));

    String decision = "/api/v1/keys/losses/" + loss + "/decision";
    call(
            Web.ADMIN,
            decision,
            "{\"remedy\":\"REKEY\",\"approverCode\":\"%s\",\"decidedAt\":\"2026-10-08T10:00:00+08:00\"}"
                .formatted(s.code("A3")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("approverCode"))
        .andExpect(jsonPath("$.errors[0].message").value("配换钥匙或换锁须经本店客服经理、店长或集团领导书面批准"))
        .andExpect(jsonPath("$.errors[1].field").value("decidedAt"));
    call(
            s.login("CM"),
            decision,
            "{\"remedy\":\"REKEY\",\"approverCode\":\"%s\",\"cost\":-5}".formatted(s.code("CM")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("cost"));

    call(
            s.login("CM"),
            decision,
            "{\"remedy\":\"LOCK_CHANGE\",\"approverCode\":\"%s\",\"decidedAt\":\"2026-10-08T15:00:00+08:00\",\"cost\":180.50}"
                .formatted(s.code("CM")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECIDED"))
        .andExpect(jsonPath("$.remedy").value("LOCK_CHANGE"))
        .andExpect(jsonPath("$.approval").value("OWN_LOGIN"))
        .andExpect(jsonPath("$.cost").value(180.50));
    call(
            s.login("CM"),
            decision,
            "{\"remedy\":\"REKEY\",\"approverCode\":\"%s\"}".formatted(s.code("CM")))
        .andExpect(status().isConflict());

    lend(s.login("CM"), key, s.code("A2"), s.code("CM")).andExpect(status().isCreated());
    mvc.perform(get("/api/v1/keys/losses").param("storeCode", s.store).with(Web.ADMIN))
        .andExpect(jsonPath("$[0].id").value((int) loss))
        .andExpect(jsonPath("$[0].circumstances").value("在展厅遗失"));
    assertThat(auditEntries("key-loss")).isEqualTo(1);
    assertThat(auditEntries("key-loss-decision")).isEqualTo(1);
  }
}
