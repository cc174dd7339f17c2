#pragma once
// The self-check's mailbox fixtures (tests/data/selfcheck/mailbox, README there says how each was
// made), read whole; a missing one stops the test run.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace mailtide::test {

inline QByteArray mailboxFixture(const QString &name)
{
    QFile f(QStringLiteral(MAILTIDE_TEST_DATA "/selfcheck/mailbox/") + name);
    if (!f.open(QIODevice::ReadOnly)) qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace mailtide::test
