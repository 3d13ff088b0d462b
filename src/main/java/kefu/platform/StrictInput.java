package kefu.platform;

import java.time.DateTimeException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads JSON bodies and request parameters exactly as typed: no number is rounded into a whole one,
 * no enum is picked by its position, no date is moved to a nearby real one (2026-11-31), no year
 * outside {@link InputRules} passes, and no JSON text carries control characters other than tab and
 * line breaks. Whatever does not fit is refused and names its field (see {@link ApiProblems});
 * one-line fields also refuse line breaks through {@link SingleLine}.
 */
@Configuration
class StrictInput implements WebMvcConfigurer {

  /** The input shapes a JSON value of each type is not converted from. */
  private static final Map<LogicalType, List<CoercionInputShape>> REFUSED_COERCIONS =
      Map.of(
          LogicalType.Integer, List.of(CoercionInputShape.Float, CoercionInputShape.String),
          LogicalType.Float, List.of(CoercionInputShape.String),
          LogicalType.Boolean, List.of(CoercionInputShape.Integer, CoercionInputShape.String),
          LogicalType.Enum, List.of(CoercionInputShape.Integer, CoercionInputShape.EmptyString));

  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return builder -> {
      builder
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
      REFUSED_COERCIONS.forEach(
          (type, shapes) ->
              builder.withCoercionConfig(
                  type, c -> shapes.forEach(shape -> c.setCoercion(shape, CoercionAction.Fail))));
      SimpleModule module = new SimpleModule("kefu-strict-input");
      module.addDeserializer(String.class, new TextDeserializer());
      for (Class<?> type : InputRules.timeTypes()) {
        register(module, type);
      }
      builder.addModule(module);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(SimpleModule module, Class<?> type) {
    module.addDeserializer((Class) type, new TimeDeserializer<>((Class) type));
  }

  /** The same strict dates for request parameters, path variables and form fields. */
  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void addFormatters(FormatterRegistry registry) {
    for (Class<?> type : InputRules.timeTypes()) {
      registry.addFormatterForFieldType(type, new TimeFormatter(type));
    }
  }

  /** Any JSON text: refused when it carries control characters other than tab and line breaks. */
  static final class TextDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = super.deserialize(p, ctxt);
      if (!InputRules.isMultiLine(text)) {
        return (String) ctxt.handleWeirdStringValue(String.class, text, "control characters");
      }
      return text;
    }
  }

  /** A date or time only from its ISO text, within the plausible years. */
  static final class TimeDeserializer<T extends TemporalAccessor> extends StdScalarDeserializer<T> {
    private final Class<T> type;

    TimeDeserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(type, p);
      }
      String text = p.getString();
      try {
        return InputRules.time(type, text);
      } catch (DateTimeException e) {
        return (T) ctxt.handleWeirdStringValue(type, text, e.getMessage());
      }
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }
  }

  private record TimeFormatter<T extends TemporalAccessor>(Class<T> type) implements Formatter<T> {
    @Override
    public T parse(String text, Locale locale) {
      try {
        return InputRules.time(type, text);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }

    @Override
    public String print(T value, Locale locale) {
      return value.toString();
    }
  }
}
