package kefu.assessment;

/** An annual grade (doc 004): 优秀, 良好, 合格, 不合格. */
public enum Grade {
  EXCELLENT,
  GOOD,
  PASS,
  FAIL
}
