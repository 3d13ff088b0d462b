package kefu.platform;

/**
 * What an importer offers the shared import pages ({@link ImportEndpoints}): the columns a sheet is
 * read with, the template to download, and a run of checks and saving for one user.
 *
 * @param <W> who is importing, as the owning module knows them
 */
public interface Importer<W> {

  /** The columns the uploaded sheet is read with. */
  ImportFormat format();

  /** The template to download: by default the format itself. */
  default ImportFormat templateFormat() {
    return format();
  }

  /** The checks and the save for this user, read at upload and again at confirmation. */
  ImportRun<?> run(W writer);
}
