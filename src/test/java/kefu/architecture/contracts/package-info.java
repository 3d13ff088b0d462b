/**
 * A tiny application of three modules that breaks its contracts on purpose, so that {@link
 * kefu.architecture.ContractsBiteTest} can show the checks of the real modules fail on such code.
 * Nothing outside that test uses it.
 */
package kefu.architecture.contracts;
