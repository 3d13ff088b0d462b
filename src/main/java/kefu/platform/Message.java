package kefu.platform;

/** A text to show, as a message key and its arguments, translated when the page renders. */
public record Message(String key, Object... args) {}
