package kefu.policy;

import java.time.Clock;
import kefu.organization.AccessScope;
import kefu.platform.BadInput;
import kefu.platform.Conflict;
import kefu.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Copies a pack under a new id as its version 1: the same text with the id, version and title
 * changed, so an administrator can adjust the figures of a built-in pack without touching it.
 */
@Component
record CopyPack(
    PackStore store, ParsedPacks parsed, ApplicationEventPublisher events, Clock clock) {
  private static final int MAX_TITLE = 200;

  PackVersion run(AccessScope scope, NewCopy order) {
    PackChecks.requireGroupWriter(scope);
    PackChecks.requireNewPackId(order.packId());
    LocalizedText title = order.title();
    if (title == null || blank(title.zh()) || blank(title.en())) {
      throw new BadInput("title", "validation.required");
    }
    if (title.zh().length() > MAX_TITLE || title.en().length() > MAX_TITLE) {
      throw new BadInput("title", "policy.error.titleTooLong");
    }
    if (store.packExists(order.packId())) {
      throw new Conflict("pack " + order.packId() + " exists");
    }
    PackVersion source = source(order);
    String yaml =
        "# Copy of "
            + source.ref()
            + "\n"
            + YamlEdits.of(source.yaml())
                .set("id", order.packId())
                .set("version", "1")
                .setText("title.zh", title.zh().strip())
                .setText("title.en", title.en().strip())
                .apply();
    PolicyPack pack = parsed.parser().parse(yaml, order.packId());
    PackVersion copy =
        new PackVersion(
            new PackRef(pack.id(), pack.version()),
            pack.title(),
            false,
            yaml,
            now(),
            scope.username());
    store.insert(copy);
    events.publishEvent(
        new PackVersionStored(
            copy.ref().toString(),
            PackChecks.snapshot(copy, source.ref()),
            copy.createdBy(),
            copy.createdAt()));
    return copy;
  }

  private PackVersion source(NewCopy order) {
    String from = order.fromPackId();
    Integer version =
        order.fromVersion() != null
            ? order.fromVersion()
            : store.latestVersion(from).orElseThrow(() -> new NotFound("pack " + from));
    if (version < 1) {
      throw new NotFound("pack " + from + " v" + version);
    }
    PackRef ref = new PackRef(from, version);
    return store.version(ref).orElseThrow(() -> new NotFound("pack " + ref));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // millisecond precision, as both databases store it, so what we answer is what we read back
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
