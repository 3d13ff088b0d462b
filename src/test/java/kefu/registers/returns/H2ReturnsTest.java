package kefu.registers.returns;

/** Returns and exchanges on H2, in the test context most full-stack tests share. */
class H2ReturnsTest extends ReturnsScenario {}
