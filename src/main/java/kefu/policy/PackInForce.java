package kefu.policy;

import java.util.List;

/**
 * A pack in force at a store on a day: the adoption that brought it there (the latest of that pack
 * there by that day), the version it adopted, and the incident types it decides. A pack can be in
 * force and yet decide no type, when a later adoption of another pack defines all of them.
 */
public record PackInForce(PackAdoption adoption, PolicyPack pack, List<String> governedTypes) {
  public PackInForce {
    governedTypes = List.copyOf(governedTypes);
  }
}
