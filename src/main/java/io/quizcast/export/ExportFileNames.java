package io.quizcast.export;

/** Export file names: whitespace runs become "_", anything outside [A-Za-z0-9_-] is dropped, "event" if empty. */
public final class ExportFileNames {

    private ExportFileNames() {
    }

    public static String of(String title, String extension) {
        String base = title == null ? "" : title.trim().replaceAll("\\s+", "_").replaceAll("[^A-Za-z0-9_-]", "");
        return (base.isEmpty() ? "event" : base) + "_results." + extension;
    }
}
