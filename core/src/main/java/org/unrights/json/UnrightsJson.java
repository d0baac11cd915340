package org.unrights.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.unrights.UnrightsException;

/**
 * The one place the SDK's JSON mapping is configured.
 *
 * <p>The format: property names are the model's accessor names in camelCase ({@code subjectState},
 * {@code mainSponsors}); dates are ISO strings ({@code 2014-12-18}, or partial: {@code 2014-03},
 * {@code 2014}, {@code --12-18}); states are ISO alpha-3 codes; document symbols are their
 * printed form; vocabulary terms are their ids ({@code resolution-adopted}, {@code ga}); sealed
 * types carry a {@code "kind"}; absent optional values and empty lists are omitted; unknown properties are an
 * error, so a misspelt field in a hand-written file does not pass silently.
 *
 * <pre>{@code
 * ObjectMapper mapper = UnrightsJson.newMapper();
 * String json = mapper.writeValueAsString(dossier);
 * Dossier again = mapper.readValue(json, Dossier.class);
 * }</pre>
 */
public final class UnrightsJson {

  private static final ObjectMapper SHARED = newMapper();

  private UnrightsJson() {}

  /**
   * Returns a new mapper configured for the SDK's format; callers may configure it further.
   *
   * @return a new mapper, not null
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        // only declared properties: derived methods such as Tally.cast() stay out of the format
        .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value  a model value, not null
   * @return the JSON text, not null
   * @throws UnrightsException  if the value cannot be written
   */
  public static String write(Object value) {
    try {
      return SHARED.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UnrightsException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value  a model value, not null
   * @return the JSON text, not null
   * @throws UnrightsException  if the value cannot be written
   */
  public static String writePretty(Object value) {
    try {
      return SHARED.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UnrightsException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a value of the given type.
   *
   * @param <T>  the type
   * @param json  the JSON text, not null
   * @param type  the model type, not null
   * @return the value, not null
   * @throws UnrightsException  if the text is not valid JSON of that type; the message gives the
   *     line, column and field
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return SHARED.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UnrightsException("cannot read " + type.getSimpleName() + " from JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
  }
}
