package kefu.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The packs Kefu ships (SPEC §2.1–§2.6), read from {@code policy-packs/} on the classpath. */
public final class BuiltInPacks {
  static final List<String> RESOURCES =
      List.of(
          "group-cs-2010.yaml",
          "ecommerce-cs-10pt.yaml",
          "cs-uniforms.yaml",
          "cs-appraisal-uniform.yaml",
          "callcenter-100.yaml",
          "cs-promotion-ladder.yaml",
          "ecommerce-pay.yaml");

  private BuiltInPacks() {}

  /** Every built-in pack, parsed afresh. */
  public static List<PolicyPack> all() {
    PolicyPackParser parser = new PolicyPackParser();
    return RESOURCES.stream().map(name -> parser.parse(read(name), name)).toList();
  }

  /** The built-in pack with this id. */
  public static Optional<PolicyPack> byId(String id) {
    return all().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The YAML text of a built-in pack, for an administrator to copy and edit. */
  public static String yaml(String resourceName) {
    return read(resourceName);
  }

  private static String read(String name) {
    try (InputStream in = BuiltInPacks.class.getResourceAsStream("/policy-packs/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in pack missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
