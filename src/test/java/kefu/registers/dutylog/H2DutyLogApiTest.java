package kefu.registers.dutylog;

/** The duty log on H2, in the test context most full-stack tests share. */
class H2DutyLogApiTest extends DutyLogApiScenario {}
