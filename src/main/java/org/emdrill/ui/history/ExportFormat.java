package org.emdrill.ui.history;

/** The file types the history can be exported as. */
public enum ExportFormat {
    CSV("Spreadsheet (CSV)", "CSV files", "csv"),
    JSON("Full export (JSON)", "EM Drill history export", "json"),
    /** The JSON export with the recordings of spoken answers beside it, for moving to another computer. */
    ZIP("JSON with recordings (.zip)", "EM Drill history export with recordings", "zip"),
    MARKDOWN("Readable report (Markdown)", "Markdown files", "md");

    private final String label;
    private final String fileDescription;
    private final String extension;

    ExportFormat(String label, String fileDescription, String extension) {
        this.label = label;
        this.fileDescription = fileDescription;
        this.extension = extension;
    }

    /** What the menu says, e.g. "Spreadsheet (CSV)". */
    public String label() {
        return label;
    }

    /** What a file chooser's type filter says. */
    public String fileDescription() {
        return fileDescription;
    }

    /** Without the dot, e.g. "csv". */
    public String extension() {
        return extension;
    }
}
