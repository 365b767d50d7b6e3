import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor of the benchmark: DuckDB alone (the same JDBC driver ModelCensus uses, no ModelCensus code) running one SQL
 * script on a database file. bench/run.sh compiles it once and runs it as
 *
 * <pre>java -cp target/modelcensus.jar:CLASSES DuckDbAlone DATABASE SCRIPT [NAME=VALUE...]</pre>
 *
 * ${NAME} in the script is replaced by VALUE; statements end with a semicolon at the end of a line. The last
 * statement's rows are printed, so that a reader can compare them with ModelCensus's answer.
 */
public final class DuckDbAlone {
    public static void main(String[] args) throws Exception {
        String script = Files.readString(Path.of(args[1]));
        for (int index = 2; index < args.length; index++) {
            int equals = args[index].indexOf('=');
            script = script.replace("${" + args[index].substring(0, equals) + "}", args[index].substring(equals + 1));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
                Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '3GB'");
            String[] statements = script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n");
            for (int index = 0; index < statements.length; index++) {
                String sql = statements[index].strip();
                if (sql.isEmpty()) {
                    continue;
                }
                if (statement.execute(sql) && index == statements.length - 1) {
                    try (ResultSet rows = statement.getResultSet()) {
                        int columns = rows.getMetaData().getColumnCount();
                        int printed = 0;
                        while (rows.next() && printed++ < 10) {
                            StringBuilder line = new StringBuilder();
                            for (int column = 1; column <= columns; column++) {
                                line.append(column > 1 ? "\t" : "").append(rows.getString(column));
                            }
                            System.out.println(line);
                        }
                    }
                }
            }
        }
    }
}
