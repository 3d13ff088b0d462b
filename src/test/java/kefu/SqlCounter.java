package kefu;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what a request costs the database: connections taken from the pool and statements sent
 * (JPA and plain SQL alike, since both go through the one data source). Import it into a test
 * context, {@link #reset()} before the request, read the counts after.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlCounter {

  private static final Set<String> STATEMENTS =
      Set.of("prepareStatement", "createStatement", "prepareCall");

  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger statements = new AtomicInteger();
  private final List<String> sent = new CopyOnWriteArrayList<>();

  public void reset() {
    connections.set(0);
    statements.set(0);
    sent.clear();
  }

  /** The statements' SQL since the last reset, one a line: the message of a failed bound. */
  public String log() {
    return String.join("\n", sent);
  }

  /** Connections taken from the pool since the last reset. */
  public int connections() {
    return connections.get();
  }

  /** Statements prepared or created since the last reset. */
  public int statements() {
    return statements.get();
  }

  @Bean
  static BeanPostProcessor countingDataSource(SqlCounter counter) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds ? counter.wrap(ds) : bean;
      }
    };
  }

  private DataSource wrap(DataSource target) {
    return new DelegatingDataSource(target) {
      @Override
      public Connection getConnection() throws SQLException {
        return counted(super.getConnection());
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        return counted(super.getConnection(user, password));
      }
    };
  }

  private Connection counted(Connection target) {
    connections.incrementAndGet();
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (STATEMENTS.contains(method.getName())) {
                statements.incrementAndGet();
                sent.add(
                    args == null || args.length == 0 ? "(statement)" : String.valueOf(args[0]));
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
