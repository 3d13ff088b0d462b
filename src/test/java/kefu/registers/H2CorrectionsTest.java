package kefu.registers;

/** Corrections of the custody registers on H2, in the test context most full-stack tests share. */
class H2CorrectionsTest extends CorrectionsScenario {}
