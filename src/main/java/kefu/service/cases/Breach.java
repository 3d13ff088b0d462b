package kefu.service.cases;

/** A response time a complaint missed. */
public enum Breach {
  FIRST_REPLY,
  RESOLUTION
}
