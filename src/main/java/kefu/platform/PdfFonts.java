package kefu.platform;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.function.SingletonSupplier;

/**
 * The fonts the application's PDFs embed, so that a file prints the same on any machine: Latin
 * glyphs from DejaVu Sans, Chinese from Droid Sans Fallback, picked per character. They are read on
 * the first PDF, not at start-up (the Chinese font alone is 4 MB), and then serve every PDF.
 */
public final class PdfFonts {

  private static final List<String> FILES =
      List.of("fonts/DejaVuSans.ttf", "fonts/DroidSansFallbackFull.ttf");

  private static final SingletonSupplier<List<BaseFont>> FONTS =
      SingletonSupplier.of(() -> FILES.stream().map(PdfFonts::shipped).toList());

  private PdfFonts() {}

  /**
   * {@code text} set in the shipped fonts; an empty or missing text as one space, so that a cell
   * keeps its height.
   */
  public static Phrase phrase(String text, float size, int style) {
    List<BaseFont> fonts = FONTS.obtain();
    if (text == null || text.isEmpty()) {
      return new Phrase(" ", new Font(fonts.get(0), size));
    }
    FontSelector selector = new FontSelector();
    fonts.forEach(f -> selector.addFont(new Font(f, size, style)));
    return selector.process(text);
  }

  /** A TrueType font program, embedded under {@code name} as the subset of glyphs used. */
  public static BaseFont embedded(String name, byte[] ttf) {
    try {
      return BaseFont.createFont(
          name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, ttf, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BaseFont shipped(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return embedded(resource.substring(resource.indexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
