package kefu.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The adoptions are read once a transaction, forgotten on a write and never outlive it. */
class TransactionMemoTest {

  private final AtomicInteger reads = new AtomicInteger();
  private final TransactionMemo memo = new TransactionMemo();

  @AfterEach
  void clear() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.class);
  }

  private Integer read() {
    return reads.incrementAndGet();
  }

  @Test
  void outside_a_transaction_every_call_reads() {
    assertThat(memo.get("a", this::read)).isEqualTo(1);
    assertThat(memo.get("a", this::read)).isEqualTo(2);
  }

  @Test
  void within_a_transaction_the_first_read_is_kept_per_name_until_a_write_forgets_it() {
    TransactionSynchronizationManager.initSynchronization();
    assertThat(memo.get("a", this::read)).isEqualTo(1);
    assertThat(memo.get("a", this::read)).isEqualTo(1);
    assertThat(memo.get("b", this::read)).isEqualTo(2);
    memo.forget();
    assertThat(memo.get("a", this::read)).isEqualTo(3);
  }

  @Test
  void the_end_of_the_transaction_drops_what_it_kept() {
    TransactionSynchronizationManager.initSynchronization();
    memo.get("a", this::read);
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    TransactionSynchronizationManager.clearSynchronization();
    assertThat(TransactionSynchronizationManager.getResource(TransactionMemo.class)).isNull();
    TransactionSynchronizationManager.initSynchronization();
    assertThat(memo.get("a", this::read)).isEqualTo(2);
  }

  @Test
  void a_suspended_transaction_keeps_its_values_and_a_nested_one_reads_afresh() {
    TransactionSynchronizationManager.initSynchronization();
    memo.get("a", this::read);
    var outer = TransactionSynchronizationManager.getSynchronizations();
    outer.forEach(TransactionSynchronization::suspend);
    TransactionSynchronizationManager.clearSynchronization();
    TransactionSynchronizationManager.initSynchronization();
    assertThat(memo.get("a", this::read)).isEqualTo(2);
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    TransactionSynchronizationManager.clearSynchronization();
    TransactionSynchronizationManager.initSynchronization();
    outer.forEach(TransactionSynchronization::resume);
    outer.forEach(TransactionSynchronizationManager::registerSynchronization);
    assertThat(memo.get("a", this::read)).isEqualTo(1);
  }
}
