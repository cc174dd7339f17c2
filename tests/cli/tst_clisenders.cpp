// `mailtide-cli senders` as a user runs it: .eml files written here with known senders, routes and
// authentication results, imported with `mailtide-cli import`, reported with `senders`. The
// expected figures are counted from the fixture's own description (how many messages each
// sender got, from which IPs, with which DMARC result), not from core/senders.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = mailtide::testing::CliRun;

Run cli(const QStringList &args)
{
    return mailtide::testing::runCli(args, 120000);
}

/** CSV rows (the '#' lines dropped), with RFC 4180 quoting. */
QVector<QStringList> csvRows(const QString &out)
{
    QVector<QStringList> rows;
    for (const QString &line : out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        QStringList cells;
        QString cur;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (quoted) {
                if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                    cur += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    cur += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                cells << cur;
                cur.clear();
            } else {
                cur += c;
            }
        }
        cells << cur;
        rows << cells;
    }
    return rows;
}

/** One fixture message: who, from which host, what the account's server concluded. */
struct Spec
{
    QString from;
    QString helo;
    QString rdns;
    QString ip;
    QString dmarc; ///< as written by mx.test.example
    QString subject;
};

} // namespace

class TestCliSenders : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QVector<Spec> m_specs;

    QStringList db(const QStringList &args) const { return QStringList{QStringLiteral("--db"), m_db} + args; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("p.db"));
        // A botnet: 5 DSL hosts in 5 networks claiming to be bank.example, DMARC fail, one text.
        for (int i = 0; i < 5; ++i)
            m_specs << Spec{QStringLiteral("alerts@bank.example"), QStringLiteral("bank.example"),
                            QStringLiteral("dsl-84-%1-7-9.pool.isp.example").arg(30 + i), QStringLiteral("84.%1.7.9").arg(30 + i),
                            QStringLiteral("fail"), QStringLiteral("Your account is locked")};
        // A correspondent: one mail server, DMARC pass, different subjects.
        for (int i = 0; i < 3; ++i)
            m_specs << Spec{QStringLiteral("ann@pals.example"), QStringLiteral("mail.pals.example"), QStringLiteral("mail.pals.example"),
                            QStringLiteral("93.184.216.34"), QStringLiteral("pass"), QStringLiteral("Lunch %1").arg(i)};
        // A newsletter: a mail server of its own, DMARC pass, a HELO that does not match.
        for (int i = 0; i < 2; ++i)
            m_specs << Spec{QStringLiteral("news@letters.example"), QStringLiteral("outbound.other.example"),
                            QStringLiteral("mta%1.letters.example").arg(i), QStringLiteral("151.101.%1.5").arg(i), QStringLiteral("pass"),
                            QStringLiteral("Issue %1").arg(i)};
        QDir().mkpath(m_dir.filePath(QStringLiteral("mail")));
        for (int i = 0; i < m_specs.size(); ++i) {
            const Spec &s = m_specs[i];
            QFile f(m_dir.filePath(QStringLiteral("mail/%1.eml").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QString body = s.subject.startsWith(QLatin1String("Your account"))
                                     ? QStringLiteral("Verify your account now or it will be closed.")
                                     : QStringLiteral("Message number %1 with its own words %2.").arg(i).arg(QString(i + 1, u'x'));
            const QString raw = QStringLiteral(
                "Authentication-Results: mx.test.example; dmarc=%1 header.from=%2\r\n"
                "Received: from %3 (%4 [%5]) by mx.test.example (Postfix) with ESMTP id A%6; Mon, 4 Mar 2024 10:%7:00 +0000\r\n"
                "From: <%8>\r\nTo: me@test.example\r\nSubject: %9\r\nDate: Mon, 4 Mar 2024 10:00:00 +0000\r\n"
                "Message-ID: <m%6@x>\r\n\r\n")
                                    .arg(s.dmarc, s.from.section(u'@', 1), s.helo, s.rdns, s.ip)
                                    .arg(i)
                                    .arg(i, 2, 10, QLatin1Char('0'))
                                    .arg(s.from, s.subject) +
                                body + QStringLiteral("\r\n");
            f.write(raw.toUtf8());
        }
        const Run imp = cli(db({QStringLiteral("import"), QStringLiteral("--account"), QStringLiteral("fixture"), QStringLiteral("--quiet"),
                                m_dir.filePath(QStringLiteral("mail"))}));
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
    }

    void byDomain()
    {
        const Run r = cli(db({QStringLiteral("senders"), QStringLiteral("--by"), QStringLiteral("domain"), QStringLiteral("--format"),
                              QStringLiteral("csv")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QVector<QStringList> rows = csvRows(r.out);
        QVERIFY(rows.size() >= 2);
        const QStringList header = rows.first();
        const auto col = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
        QVERIFY(col("key") >= 0 && col("score") >= 0 && col("reasons") >= 0);
        // Expected per domain, counted from the specs.
        struct Expect
        {
            int messages = 0, dmarcFail = 0;
            QSet<QString> ips, nets;
        };
        QHash<QString, Expect> expect;
        for (const Spec &s : m_specs) {
            Expect &e = expect[s.from.section(u'@', 1)];
            ++e.messages;
            e.dmarcFail += s.dmarc == QLatin1String("fail");
            e.ips.insert(s.ip);
            e.nets.insert(s.ip.section(u'.', 0, 2));
        }
        QCOMPARE(rows.size() - 1, expect.size());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows[i];
            QVERIFY2(expect.contains(row[col("key")]), qPrintable(row.join(u',')));
            const Expect &e = expect[row[col("key")]];
            QCOMPARE(row[col("messages")].toInt(), e.messages);
            QCOMPARE(row[col("auth_checked")].toInt(), e.messages); // every message has mx.test.example's header
            QCOMPARE(row[col("dmarc_fail")].toInt(), e.dmarcFail);
            QCOMPARE(row[col("ips")].toInt(), e.ips.size());
            QCOMPARE(row[col("networks")].toInt(), e.nets.size());
        }
        // The forged bank comes first, with its reasons in plain words; the correspondent scores 0.
        QCOMPARE(rows[1][col("key")], QStringLiteral("bank.example"));
        QVERIFY(rows[1][col("reasons")].contains(QStringLiteral("5 of 5 fail DMARC at your server")));
        QVERIFY(rows[1][col("evidence")].contains(QStringLiteral("dynamic-origin=5")));
        QVERIFY(rows[1][col("evidence")].contains(QStringLiteral("helo-mismatch=5")));
        for (qsizetype i = 1; i < rows.size(); ++i)
            if (rows[i][col("key")] == QLatin1String("pals.example")) {
                QCOMPARE(rows[i][col("score")].toDouble(), 0.0);
                QCOMPARE(rows[i][col("evidence")], QString());
            } else if (rows[i][col("key")] == QLatin1String("letters.example")) {
                QCOMPARE(rows[i][col("evidence")], QStringLiteral("helo-mismatch=2"));
            }
    }

    void byIpAsJsonWithLimit()
    {
        const Run r = cli(db({QStringLiteral("senders"), QStringLiteral("--by"), QStringLiteral("ip"), QStringLiteral("--limit"),
                              QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("senders-ip"));
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        // 93.184.216.0/24 carries the 3 correspondent messages; every bank /24 carries one.
        bool seenPals = false;
        const Run all = cli(db({QStringLiteral("senders"), QStringLiteral("--by"), QStringLiteral("ip"), QStringLiteral("--limit"),
                                QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")}));
        const QJsonArray allRows = QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
        QSet<QString> nets;
        for (const Spec &s : m_specs)
            nets.insert(s.ip.section(u'.', 0, 2) + QStringLiteral(".0/24"));
        QCOMPARE(allRows.size(), nets.size());
        for (const QJsonValue &v : allRows)
            if (v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("93.184.216.0/24")) {
                seenPals = true;
                QCOMPARE(v.toObject().value(QStringLiteral("messages")).toInt(), 3);
            }
        QVERIFY(seenPals);
    }

    void campaigns()
    {
        const Run r = cli(db({QStringLiteral("senders"), QStringLiteral("--by"), QStringLiteral("campaign")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QVector<QStringList> rows = csvRows(r.out);
        QCOMPARE(rows.size(), 2); // header + the one text sent from 5 IPs
        const QStringList &h = rows.first();
        QCOMPARE(rows[1][h.indexOf(QStringLiteral("subject"))], QStringLiteral("Your account is locked"));
        QCOMPARE(rows[1][h.indexOf(QStringLiteral("ips"))].toInt(), 5);
        QCOMPARE(rows[1][h.indexOf(QStringLiteral("messages"))].toInt(), 5);
    }

    void filtersAndErrors()
    {
        Run r = cli(db({QStringLiteral("senders"), QStringLiteral("--account"), QStringLiteral("nobody")}));
        QCOMPARE(r.code, 0); // an unknown account selects nothing
        QCOMPARE(csvRows(r.out).size(), 1);
        r = cli(db({QStringLiteral("senders"), QStringLiteral("--from"), QStringLiteral("2024-03-05")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(csvRows(r.out).size(), 1); // everything arrived on 2024-03-04
        r = cli(db({QStringLiteral("senders"), QStringLiteral("--by"), QStringLiteral("planet")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown --by")));
        r = cli(db({QStringLiteral("senders"), QStringLiteral("--format"), QStringLiteral("xml")}));
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.db")), QStringLiteral("senders")});
        QCOMPARE(r.code, 1);
        // The user names another server: none of the headers is trusted any more.
        r = cli(db({QStringLiteral("senders"), QStringLiteral("--account"), QStringLiteral("fixture"), QStringLiteral("--set-authserv-id"),
                    QStringLiteral("other.example")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QVector<QStringList> rows = csvRows(r.out);
        const int checked = int(rows.first().indexOf(QStringLiteral("auth_checked")));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(rows[i][checked].toInt(), 0);
        r = cli(db({QStringLiteral("senders"), QStringLiteral("--account"), QStringLiteral("fixture"), QStringLiteral("--set-authserv-id"),
                    QString()}));
        QCOMPARE(r.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSenders)
#include "tst_clisenders.moc"
