
/// Lowercase extension without the leading dot, or `None` if there's no extension.
pub fn format_from_name(name: &str) -> Option<String> {
    name.rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
}

/// Mime type for a format string. Falls back to `application/octet-stream`.
pub fn mime_for_format(format: &str) -> String {
    let lower = format.to_ascii_lowercase();
    match lower.as_str() {
        "pptx" => {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
                .to_string();
        }
        "docx" => {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                .to_string();
        }
        "xlsx" => {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string();
        }
        _ => {}
    }
    let ext = match lower.as_str() {
        "markdown" => "md".to_string(),
        "yml" => "yaml".to_string(),
        "latex" | "tex" => "tex".to_string(),
        "python" => "py".to_string(),
        "rust" => "rs".to_string(),
        "vega-lite" | "vega" | "geojson" => "json".to_string(),
        "text" => "txt".to_string(),
        other => other.to_string(),
    };
    mime_guess::from_ext(&ext)
        .first_or_octet_stream()
        .essence_str()
        .to_string()
}

/// True for mime types we can ship as utf-8 text.
pub fn is_text_mime(mime: &str) -> bool {
    let m = mime.to_ascii_lowercase();
    m.starts_with("text/")
        || matches!(
            m.as_str(),
            "application/json"
                | "application/geo+json"
                | "application/xml"
                | "application/yaml"
                | "application/x-yaml"
                | "application/toml"
                | "application/sql"
                | "application/x-tex"
                | "image/svg+xml"
        )
