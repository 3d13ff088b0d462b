package kefu.platform;

import org.springframework.modulith.NamedInterface;

/** A text to show, as a message key and its arguments, translated when the page renders. */
@NamedInterface("shell")
public record Message(String key, Object... args) {}
