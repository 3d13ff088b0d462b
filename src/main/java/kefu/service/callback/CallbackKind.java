package kefu.service.callback;

/** Which side of the business a callback serves: before the sale (售前) or after it (售后). */
public enum CallbackKind {
  PRE_SALES,
  AFTER_SALES
}
