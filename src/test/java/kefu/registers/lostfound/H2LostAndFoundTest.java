package kefu.registers.lostfound;

/** Lost and found on H2, in the test context most full-stack tests share. */
class H2LostAndFoundTest extends LostAndFoundScenario {}
