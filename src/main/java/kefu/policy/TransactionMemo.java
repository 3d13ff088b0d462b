package kefu.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the policy tables answered, kept until the current transaction ends. A month close asks for
 * the adoptions once per store, sale or card; within one transaction they are read once, and every
 * part of the close sees the same adoptions. Writing an adoption forgets them. Outside a
 * transaction nothing is kept. A suspended transaction takes its values along (a nested {@code
 * REQUIRES_NEW} reads afresh).
 */
@Component
class TransactionMemo {

  private static final Object KEY = TransactionMemo.class;

  @SuppressWarnings("unchecked")
  <T> T get(String name, Supplier<T> load) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return load.get();
    }
    Map<String, Object> values =
        (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
    if (values == null) {
      Map<String, Object> bound = new HashMap<>();
      values = bound;
      TransactionSynchronizationManager.bindResource(KEY, bound);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void suspend() {
              TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }

            @Override
            public void resume() {
              TransactionSynchronizationManager.bindResource(KEY, bound);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
          });
    }
    Object value = values.get(name);
    if (value == null) {
      value = load.get();
      values.put(name, value);
    }
    return (T) value;
  }

  /** Forgets what the current transaction kept: the tables behind it have changed. */
  @SuppressWarnings("unchecked")
  void forget() {
    Object values = TransactionSynchronizationManager.getResource(KEY);
    if (values != null) {
      ((Map<String, Object>) values).clear();
    }
  }
}
