// `mailtide-cli hygiene` as a user runs it, against a real Dovecot: groups (CSV, JSON), plan (the
// count printed is the number of messages written, and moved), apply --dry-run (changes nothing),
// apply, log, undo --last, rules (add, run by sync with its count, disable).
#include "CliRun.h"
#include "DovecotServer.h"

#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;
using testing::runCli;

class TestCliHygiene : public QObject
{
    Q_OBJECT
    test::DovecotServer m_server;
    QTemporaryDir m_dir;
    QString m_db;

    testing::CliRun cli(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        return runCli(args, 60000);
    }
    static QByteArray message(const QByteArray &from, int i, const QByteArray &list = {})
    {
        QByteArray m = "From: " + from + "\r\nSubject: n" + QByteArray::number(i) + "\r\nMessage-ID: <" + QByteArray::number(i) + '.' +
                       from + ">\r\n";
        if (!list.isEmpty())
            m += "List-Id: <" + list + ">\r\nList-Unsubscribe: <https://u.example/1>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
        return m + "\r\nbody\r\n";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        for (int i = 0; i < 7; ++i)
            QVERIFY(m_server.addMessage(QStringLiteral("INBOX"), message("deals@shop.example", i, "deals.shop.example")));
        for (int i = 0; i < 2; ++i)
            QVERIFY(m_server.addMessage(QStringLiteral("INBOX"), message("friend@mail.test", 100 + i)));
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(m_server.password().toUtf8());
        pw.close();
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
        {
            auto st = store::Store::open(m_db);
            QVERIFY(st);
            store::ImapAccount a = m_server.imapsAccount(QStringLiteral("d"));
            a.passwordCommand = QStringLiteral("cat '%1'").arg(pw.fileName());
            QVERIFY(st.value()->addImapAccount(a));
        }
        auto r = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("d"), QStringLiteral("--quiet")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void groups()
    {
        auto csv = cli({QStringLiteral("hygiene"), QStringLiteral("groups"), QStringLiteral("--account"), QStringLiteral("d"),
                        QStringLiteral("--by"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].startsWith(QLatin1String("deals.shop.example,7,")));
        QVERIFY(lines[1].endsWith(QLatin1String(",one-click")));
        auto json = cli({QStringLiteral("hygiene"), QStringLiteral("groups"), QStringLiteral("--account"), QStringLiteral("d"),
                         QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonArray a = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("deals@shop.example"));
        QCOMPARE(a[0].toObject().value(QStringLiteral("count")).toInt(), 7);
        QCOMPARE(a[1].toObject().value(QStringLiteral("count")).toInt(), 2);
        auto bad = cli({QStringLiteral("hygiene"), QStringLiteral("groups"), QStringLiteral("--account"), QStringLiteral("d"),
                        QStringLiteral("--by"), QStringLiteral("colour")});
        QCOMPARE(bad.code, 2);
    }

    void planDryRunApplyLogUndo()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
        auto p = cli({QStringLiteral("hygiene"), QStringLiteral("plan"), QStringLiteral("--account"), QStringLiteral("d"),
                      QStringLiteral("--folder"), QStringLiteral("INBOX"), QStringLiteral("--list-id"), QStringLiteral("deals.shop.example"),
                      QStringLiteral("--action"), QStringLiteral("junk"), QStringLiteral("--out"), plan});
        QVERIFY2(p.code == 0, qPrintable(p.err));
        QVERIFY2(p.out.startsWith(QLatin1String("7 messages")), qPrintable(p.out));
        QFile f(plan);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("messages")).toArray().size(), 7);

        auto dry = cli({QStringLiteral("hygiene"), QStringLiteral("apply"), plan, QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QLatin1String("would junk 7 messages")), qPrintable(dry.out));
        QCOMPARE(m_server.messageCount(QStringLiteral("Junk")), qint64(0)); // a dry run changes nothing
        QCOMPARE(m_server.messageCount(QStringLiteral("INBOX")), qint64(9));

        auto ap = cli({QStringLiteral("hygiene"), QStringLiteral("apply"), plan, QStringLiteral("--batch"), QStringLiteral("3")});
        QVERIFY2(ap.code == 0, qPrintable(ap.err));
        QVERIFY2(ap.out.contains(QLatin1String("7 of 7 messages done")), qPrintable(ap.out));
        QVERIFY2(ap.out.contains(QLatin1String("in 3 batches")), qPrintable(ap.out));
        QCOMPARE(m_server.messageCount(QStringLiteral("Junk")), qint64(7));
        QCOMPARE(m_server.messageCount(QStringLiteral("INBOX")), qint64(2));

        // The same plan again: its UIDs are gone from the inbox, so it is refused.
        auto twice = cli({QStringLiteral("hygiene"), QStringLiteral("apply"), plan});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QLatin1String("no longer in the folder")), qPrintable(twice.err));
        QCOMPARE(m_server.messageCount(QStringLiteral("Junk")), qint64(7));

        auto log = cli({QStringLiteral("hygiene"), QStringLiteral("log")});
        QVERIFY2(log.code == 0, qPrintable(log.err));
        QVERIFY2(log.out.contains(QLatin1String("\tjunk\tdone\t7/7\tINBOX\tJunk\t")), qPrintable(log.out));
        QVERIFY2(log.out.contains(QLatin1String("\tjunk\trefused\t0/7\t")), qPrintable(log.out));

        auto undo = cli({QStringLiteral("hygiene"), QStringLiteral("undo"), QStringLiteral("--last")});
        QVERIFY2(undo.code == 0, qPrintable(undo.err));
        QCOMPARE(m_server.messageCount(QStringLiteral("Junk")), qint64(0));
        QCOMPARE(m_server.messageCount(QStringLiteral("INBOX")), qint64(9));
        auto again = cli({QStringLiteral("hygiene"), QStringLiteral("undo"), QStringLiteral("--last")});
        QCOMPARE(again.code, 1); // nothing left to undo
    }

    void rulesRunOnSync()
    {
        auto add = cli({QStringLiteral("hygiene"), QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("--account"),
                        QStringLiteral("d"), QStringLiteral("--from"), QStringLiteral("deals@shop.example"), QStringLiteral("--action"),
                        QStringLiteral("archive")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        auto sync = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("d"), QStringLiteral("--quiet")});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QLatin1String("address deals@shop.example -> archive): 7 moved")), qPrintable(sync.out));
        QCOMPARE(m_server.messageCount(QStringLiteral("Archive")), qint64(7));
        auto list = cli({QStringLiteral("hygiene"), QStringLiteral("rules"), QStringLiteral("list")});
        QVERIFY2(list.out.contains(QLatin1String("\tyes\taddress\tdeals@shop.example\tarchive\t7\t7")), qPrintable(list.out));
        auto off = cli({QStringLiteral("hygiene"), QStringLiteral("rules"), QStringLiteral("edit"), QStringLiteral("1"),
                        QStringLiteral("--disable")});
        QVERIFY2(off.code == 0, qPrintable(off.err));
        QVERIFY(m_server.append(QStringLiteral("INBOX"), message("deals@shop.example", 50, "deals.shop.example")));
        auto sync2 = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("d"), QStringLiteral("--quiet")});
        QVERIFY2(sync2.code == 0, qPrintable(sync2.err));
        QVERIFY2(!sync2.out.contains(QLatin1String(" moved")), qPrintable(sync2.out)); // the disabled rule did not run
        QCOMPARE(m_server.messageCount(QStringLiteral("INBOX")), qint64(3));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestCliHygiene)
#include "tst_clihygiene.moc"
