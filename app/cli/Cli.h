#pragma once
/** @short mailtide-cli: the headless front end. `mailtide-cli [--db FILE] COMMAND [options]`.
 *
 * Every command has --help; exit code 0 on success, non-zero with a one-line error on stderr.
 * Commands register in a table (name, summary, handler) so later issues add theirs beside. */
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace mailtide::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct Context
{
    QString dbPath;
    QTextStream &out;
    QTextStream &err;
};

struct Command
{
    const char *name;
    const char *summary; ///< translated at display time (context "Cli")
    std::function<int(Context &, const QStringList &args)> run; ///< args[0] is the command name
};

/** Whether the command in arguments draws charts (chart, report): Qt Charts needs a
 *  QApplication, the other commands run on a QCoreApplication. */
bool needsWidgets(const QStringList &arguments);

/** Runs the CLI on arguments (arguments[0] is the program name). */
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtide::cli
