package kefu.policy;

import java.time.Clock;
import java.util.List;
import kefu.organization.AccessScope;
import kefu.platform.NotFound;
import kefu.platform.RuleRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores an edited text as the pack's next version. The text is checked in full first and nothing
 * is stored when it has any problem; the version it names is set to the next number, so an editor
 * need not bump it and two versions can never claim the same number.
 */
@Component
record SavePackVersion(
    PackStore store,
    PackChecks checks,
    ParsedPacks parsed,
    ApplicationEventPublisher events,
    Clock clock) {

  PackVersion run(AccessScope scope, String packId, String yaml) {
    PackChecks.requireGroupWriter(scope);
    int latest = store.latestVersion(packId).orElseThrow(() -> new NotFound("pack " + packId));
    PackRef previous = new PackRef(packId, latest);
    if (store.version(previous).orElseThrow().builtIn()) {
      // A shipped pack may get a new version in a later release; local edits would collide with it.
      throw new RuleRefused("packId", "policy.error.builtInReadOnly");
    }
    PackChecks.requireYaml(yaml);
    List<PackProblem> problems = checks.problems(packId, yaml);
    if (!problems.isEmpty()) {
      throw new InvalidPack(problems);
    }
    int next = latest + 1;
    String text = YamlEdits.of(yaml).set("version", String.valueOf(next)).apply();
    PolicyPack pack = parsed.parser().parse(text, packId);
    PackVersion saved =
        new PackVersion(
            new PackRef(packId, next), pack.title(), false, text, now(), scope.username());
    store.insert(saved);
    events.publishEvent(
        new PackVersionStored(
            saved.ref().toString(),
            PackChecks.snapshot(saved, previous),
            saved.createdBy(),
            saved.createdAt()));
    return saved;
  }

  // millisecond precision, as both databases store it, so what we answer is what we read back
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
