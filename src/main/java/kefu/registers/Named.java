package kefu.registers;

import java.util.Optional;

/**
 * The person an entry is about and the approver it names, with the posts they hold on the entry's
 * day (empty: not an employee then) and the approval the recording login may give.
 */
public record Named(
    String personCode,
    Optional<Post> person,
    String approverCode,
    Optional<Post> approver,
    Optional<Approval> approval) {}
