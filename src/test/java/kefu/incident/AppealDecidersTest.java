package kefu.incident;

import static org.assertj.core.api.Assertions.assertThat;

import kefu.incident.AppealDeciders.Decider;
import kefu.incident.AppealDeciders.Involved;
import kefu.incident.AppealDeciders.Level;
import kefu.incident.AppealDeciders.Refusal;
import kefu.organization.Role;
import org.junit.jupiter.api.Test;

/** Who decides an appeal: never the recorder or the person concerned, one level above both. */
class AppealDecidersTest {

  static final Decider CS_MANAGER = new Decider("s01cs", Role.CS_MANAGER, "E102");
  static final Decider OTHER_CS_MANAGER = new Decider("s01cs2", Role.CS_MANAGER, "E103");
  static final Decider STORE_MANAGER = new Decider("s01manager", Role.STORE_MANAGER, "E101");
  static final Decider GROUP_CS = new Decider("groupcs", Role.GROUP_CS, "E001");
  static final Decider OTHER_GROUP_CS = new Decider("groupcs2", Role.GROUP_CS, "E002");
  static final Decider ADMIN = new Decider("admin", Role.ADMIN, null);

  /** An agent's incident recorded by the CS manager: the usual case. */
  static final Involved AGENT_BY_CS = new Involved("s01cs", Role.CS_MANAGER, "E104", Level.NONE);

  @Test
  void theRecorderNeverDecidesTheAppealOnWhatTheyRecorded() {
    assertThat(AppealDeciders.refusal(CS_MANAGER, AGENT_BY_CS)).contains(Refusal.RECORDED_IT);
  }

  @Test
  void aCsManagersRecordingGoesToTheStoreManagerNotAnotherCsManager() {
    assertThat(AGENT_BY_CS.required()).isEqualTo(Level.STORE_MANAGER);
    assertThat(AppealDeciders.refusal(OTHER_CS_MANAGER, AGENT_BY_CS))
        .contains(Refusal.LEVEL_TOO_LOW);
    assertThat(AppealDeciders.refusal(STORE_MANAGER, AGENT_BY_CS)).isEmpty();
    assertThat(AppealDeciders.refusal(GROUP_CS, AGENT_BY_CS)).isEmpty();
  }

  @Test
  void aCsManagersOwnCaseGoesToTheStoreManager() {
    Involved own = new Involved("groupcs", Role.GROUP_CS, "E102", Level.STORE_CS);
    Involved recordedBySystem = new Involved("system", null, "E102", Level.STORE_CS);

    assertThat(AppealDeciders.refusal(CS_MANAGER, recordedBySystem)).contains(Refusal.OWN_CASE);
    assertThat(recordedBySystem.required()).isEqualTo(Level.STORE_MANAGER);
    assertThat(AppealDeciders.refusal(STORE_MANAGER, recordedBySystem)).isEmpty();
    // recorded at group level, so it is decided there, by someone else than the recorder
    assertThat(AppealDeciders.refusal(STORE_MANAGER, own)).contains(Refusal.LEVEL_TOO_LOW);
    assertThat(AppealDeciders.refusal(GROUP_CS, own)).contains(Refusal.RECORDED_IT);
    assertThat(AppealDeciders.refusal(OTHER_GROUP_CS, own)).isEmpty();
  }

  @Test
  void theStoreManagersOwnCaseGoesToGroupCs() {
    Involved own = new Involved("s01cs", Role.CS_MANAGER, "E101", Level.STORE_MANAGER);

    assertThat(own.required()).isEqualTo(Level.GROUP);
    assertThat(AppealDeciders.refusal(STORE_MANAGER, own)).contains(Refusal.OWN_CASE);
    assertThat(AppealDeciders.refusal(CS_MANAGER, own)).contains(Refusal.RECORDED_IT);
    assertThat(AppealDeciders.refusal(GROUP_CS, own)).isEmpty();
    assertThat(AppealDeciders.refusal(ADMIN, own)).isEmpty();
  }

  @Test
  void whatGroupCsRecordedGoesToAnotherGroupCsUserOrAnAdministrator() {
    Involved byGroup = new Involved("groupcs", Role.GROUP_CS, "E104", Level.NONE);

    assertThat(byGroup.required()).isEqualTo(Level.GROUP);
    assertThat(AppealDeciders.refusal(GROUP_CS, byGroup)).contains(Refusal.RECORDED_IT);
    assertThat(AppealDeciders.refusal(OTHER_GROUP_CS, byGroup)).isEmpty();
    assertThat(AppealDeciders.refusal(ADMIN, byGroup)).isEmpty();
    assertThat(AppealDeciders.refusal(STORE_MANAGER, byGroup)).contains(Refusal.LEVEL_TOO_LOW);
  }

  @Test
  void whatTheSystemRecordedOnAnAgentTheCsManagerMayDecide() {
    Involved automatic = new Involved("system", null, "E104", Level.NONE);

    assertThat(automatic.required()).isEqualTo(Level.STORE_CS);
    assertThat(AppealDeciders.refusal(CS_MANAGER, automatic)).isEmpty();
  }

  @Test
  void levelsFollowRolesAndPosts() {
    assertThat(Level.of(Role.ADMIN)).isEqualTo(Level.GROUP);
    assertThat(Level.of(Role.EXECUTIVE)).isEqualTo(Level.NONE);
    assertThat(Level.of(Role.STAFF)).isEqualTo(Level.NONE);
    assertThat(Level.ofPosition("STORE_MANAGER")).isEqualTo(Level.STORE_MANAGER);
    assertThat(Level.ofPosition("CS_MANAGER")).isEqualTo(Level.STORE_CS);
    assertThat(Level.ofPosition("CS_AGENT")).isEqualTo(Level.NONE);
    assertThat(Level.ofPosition(null)).isEqualTo(Level.NONE);
  }
}
