package kefu.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kefu.organization.AccessScope;
import kefu.platform.BadInput;
import kefu.platform.Forbidden;
import org.springframework.stereotype.Component;

/** The checks the writing use cases share: who may write, what a pack id and its text must be. */
@Component
record PackChecks(ParsedPacks parsed) {
  static final int MAX_YAML_CHARS = 200_000;
  private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  // Pack ids share the URL space with these sub-resources (/api/v1/policy-packs/adoptions).
  private static final Set<String> RESERVED_IDS = Set.of("adoptions", "in-force", "validation");

  /** Adopting and editing packs changes everyone's consequences: group writers only. */
  static void requireGroupWriter(AccessScope scope) {
    if (!(scope.allStores() && scope.canWrite())) {
      throw new Forbidden("only administrators and group CS may change policy packs");
    }
  }

  static void requireNewPackId(String packId) {
    if (packId == null || packId.isBlank()) {
      throw new BadInput("packId", "validation.required");
    }
    if (!PACK_ID.matcher(packId).matches() || RESERVED_IDS.contains(packId)) {
      throw new BadInput("packId", "policy.error.packId");
    }
  }

  static void requireYaml(String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw new BadInput("yaml", "validation.required");
    }
    if (yaml.length() > MAX_YAML_CHARS) {
      throw new BadInput("yaml", "policy.error.tooLong");
    }
  }

  /**
   * Every problem of {@code yaml} as a version of {@code packId}: the parser's, and an id that is
   * not the pack's own (a different id is a different pack, made by copying).
   */
  List<PackProblem> problems(String packId, String yaml) {
    List<PackProblem> problems = new ArrayList<>();
    try {
      PolicyPack pack = parsed.parser().parse(yaml, packId);
      if (packId != null && !pack.id().equals(packId)) {
        int line = YamlEdits.of(yaml).line("id").orElse(1);
        problems.add(
            new PackProblem(
                line, "id", "must stay " + packId + "; copy the pack to give it another id"));
      }
    } catch (PolicyPackInvalidException e) {
      problems.addAll(e.problems());
    }
    return problems;
  }

  static Map<String, Object> snapshot(PackVersion v, PackRef basedOn) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("packId", v.packId());
    m.put("version", v.version());
    m.put("titleZh", v.title().zh());
    m.put("titleEn", v.title().en());
    m.put("builtIn", v.builtIn());
    m.put("basedOn", basedOn == null ? null : basedOn.toString());
    m.put("yamlChars", v.yaml().length());
    return m;
  }
}
