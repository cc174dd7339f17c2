#pragma once
// The CLI as a user runs it, for the tests in this folder: the real binary through QProcess, its
// exit code (-2 when it crashed, -1 when it did not end in time) and what it printed.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace mailtide::testing {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs, const QByteArray &stdinData = {},
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(MAILTIDE_BIN_DIR "/mailtide-cli"));
    p.setArguments(args);
    p.start();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace mailtide::testing
