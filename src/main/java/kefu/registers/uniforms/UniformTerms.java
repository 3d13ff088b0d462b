package kefu.registers.uniforms;

/**
 * A pack's uniform figures (section {@code uniforms}): the sets a new hire is entitled to, the
 * renewal cycle in years, and the clauses an issue, a compensation and a renewal cite.
 */
public record UniformTerms(
    int newHireSets,
    int renewalYears,
    String issueClause,
    String compensationClause,
    String renewalClause) {}
