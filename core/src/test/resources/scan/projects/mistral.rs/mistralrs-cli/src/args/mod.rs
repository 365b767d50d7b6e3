
/// Cache management subcommands
#[derive(Subcommand, Clone)]
pub enum CacheCommand {
    /// List all cached models
    List,

    /// Delete a specific model from cache
    Delete {
        /// Model ID (e.g., "Qwen/Qwen3-4B")
        #[arg(short = 'm', long)]
        model_id: String,
    },
}

#[derive(Subcommand, Clone)]
pub enum UqffCommand {
    /// Print or write a UQFF report
    Report {
        /// Hugging Face model ID or local path containing UQFF files
        #[arg(short = 'm', long)]
        model_id: String,

        /// Quant group to inspect, such as 3, q3k, afq3, or all
        #[arg(long)]
        quant: Option<String>,

        /// Hugging Face revision to use
        #[arg(long)]
        revision: Option<String>,
