package kefu.service.callback;

/** What the customer said on a callback (SPEC §3). */
public enum CallbackResult {
  SATISFIED,
  PRAISE,
  COMPLAINT,
  SUGGESTION,
  UNREACHABLE
}
