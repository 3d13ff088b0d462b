package kefu.registers.members;

/** Member files on H2, in the test context most full-stack tests share. */
class H2MembersTest extends MembersScenario {}
