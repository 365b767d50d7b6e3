package org.modelcensus.source.scan;

/**
 * How a file's lines mark comments and strings, as far as finding model names needs: enough to tell a name in a
 * string literal from one in a comment or in code, never a parser.
 */
enum Syntax {
    /** {@code #} comments, {@code '}/{@code "} strings, triple-quoted strings and docstrings over lines. */
    PYTHON,
    /** {@code //} and {@code /* *}{@code /} comments, {@code '}/{@code "} strings, backtick strings over lines. */
    C_LIKE,
    /** {@code #} comments after whitespace; words outside quotes are values (shell, YAML, TOML, .env, Dockerfile). */
    HASH,
    /** Prose, with fenced code blocks and inline code whose words are values, and {@code <!-- -->} comments. */
    MARKDOWN,
    /** Strings only (JSON): no comments. */
    PLAIN,
    /** {@code --} comments, {@code '} strings. */
    SQL
}
