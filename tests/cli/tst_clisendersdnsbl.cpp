// Block list look-ups of origin IPs at arrival (issue 6 item 2), as a user runs them: the real CLI
// imports .eml files written here (a sender mailing from five public IPs, three of them listed in
// a test copy of Spamhaus ZEN served by dnsmasq on loopback; a correspondent from one unlisted IP)
// with the setting dnsbl/enabled on or off (a QSettings file under XDG_CONFIG_HOME), and `senders`
// reports the listings at arrival; `senders --dnsbl` looks the IPs up "now". With the setting off,
// dnsmasq's query log shows no query at all. MAILTIDE_SHOW_OUTPUT=1 prints what the CLI printed.
#include "CliRun.h"
#include "DnsServer.h"

#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using mailtide::testing::CliRun;

namespace {

/** The name Mailtide gives Spamhaus ZEN served at another zone (senders::listFor). */
const QString kListName = QStringLiteral("Spamhaus ZEN (zen.test)");

struct Spec
{
    QString from;
    QString ip;
    bool listed;
};

/** The fixture's own count: listed IPs of a sender. */
int listedOf(const QVector<Spec> &specs, const QString &domain, int *total)
{
    QSet<QString> all, listed;
    for (const Spec &s : specs)
        if (s.from.endsWith(QLatin1Char('@') + domain)) {
            all.insert(s.ip);
            if (s.listed)
                listed.insert(s.ip);
        }
    *total = int(all.size());
    return int(listed.size());
}

QString reversed(const QString &ip)
{
    QStringList parts = ip.split(QLatin1Char('.'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.'));
}

} // namespace

class TestCliSendersDnsbl : public QObject
{
    Q_OBJECT
    mailtide::test::DnsServer m_dns;
    QTemporaryDir m_dir;
    QVector<Spec> m_specs;

    QString dns() const { return QStringLiteral("127.0.0.1:%1").arg(m_dns.port()); }

    /** An environment whose Mailtide settings have block list look-ups on or off. */
    QProcessEnvironment env(bool enabled) const
    {
        const QString home = m_dir.filePath(enabled ? QStringLiteral("config-on") : QStringLiteral("config-off"));
        QSettings s(home + QStringLiteral("/Mailtide/Mailtide.conf"), QSettings::IniFormat);
        s.setValue(QStringLiteral("dnsbl/enabled"), enabled);
        s.setValue(QStringLiteral("dnsbl/lists"), QStringList{QStringLiteral("spamhaus-zen@zen.test")});
        s.sync();
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        return e;
    }

    CliRun run(const QStringList &args, const QProcessEnvironment &e)
    {
        const CliRun r = mailtide::testing::runCli(args, 120000, {}, e);
        if (qEnvironmentVariableIsSet("MAILTIDE_SHOW_OUTPUT"))
            qInfo().noquote() << "$ mailtide-cli" << args.join(QLatin1Char(' ')) << "\n" << r.out << r.err << "exit" << r.code;
        return r;
    }

    int queriesForFixture() const
    {
        int n = 0;
        for (const Spec &s : m_specs)
            n += m_dns.queryCount(reversed(s.ip) + QStringLiteral(".zen.test"));
        return n;
    }

    /** The arrival rows of a profile: ip -> listed. */
    static QHash<QString, bool> arrivalRows(const QString &db)
    {
        QHash<QString, bool> out;
        auto opened = mailtide::store::Database::open(db);
        if (!opened)
            return out;
        auto st = opened.value()->prepare("SELECT ip, listed FROM dnsbl_results WHERE kind = 'arrival'");
        if (!st)
            return out;
        while (st->step())
            out.insert(st->text(0), st->int64(1) != 0);
        return out;
    }

    /** The senders --by domain JSON row of one domain. */
    QJsonObject domainRow(const QString &db, const QString &domain, const QStringList &extra = {})
    {
        const CliRun r = run(QStringList{QStringLiteral("--db"), db, QStringLiteral("--dns"), dns(), QStringLiteral("senders"),
                                         QStringLiteral("--by"), QStringLiteral("domain"), QStringLiteral("--format"),
                                         QStringLiteral("json")} +
                                 extra,
                             env(false));
        if (r.code != 0)
            qWarning().noquote() << r.err;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
        for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
            QJsonObject byName;
            if (row.isObject()) {
                byName = row.toObject();
            } else {
                const QJsonArray cells = row.toArray();
                for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i)
                    byName.insert(columns[i].toString(), cells[i]);
            }
            if (byName.value(QStringLiteral("key")).toString() == domain)
                return byName;
        }
        return {};
    }

    void importInto(const QString &db, bool enabled)
    {
        const CliRun r = run({QStringLiteral("--db"), db, QStringLiteral("--dns"), dns(), QStringLiteral("import"), QStringLiteral("--account"),
                              QStringLiteral("fixture"), QStringLiteral("--quiet"), m_dir.filePath(QStringLiteral("mail"))},
                             env(enabled));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1 added").arg(m_specs.size())), qPrintable(r.out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A sender from five DSL hosts, three of them on the list; a correspondent on one server.
        for (int i = 0; i < 5; ++i)
            m_specs << Spec{QStringLiteral("alerts@bot.example"), QStringLiteral("84.%1.7.9").arg(30 + i), i < 3};
        for (int i = 0; i < 2; ++i)
            m_specs << Spec{QStringLiteral("ann@pals.example"), QStringLiteral("93.184.216.34"), false};
        QStringList zone{QStringLiteral("local=/zen.test/")};
        for (const Spec &s : m_specs)
            if (s.listed && !zone.contains(QStringLiteral("host-record=%1.zen.test,127.0.0.2").arg(reversed(s.ip))))
                zone << QStringLiteral("host-record=%1.zen.test,127.0.0.2").arg(reversed(s.ip));
        const auto started = m_dns.start(zone);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));

        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("mail"))));
        for (int i = 0; i < m_specs.size(); ++i) {
            const Spec &s = m_specs[i];
            QFile f(m_dir.filePath(QStringLiteral("mail/%1.eml").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Received: from host%1 (host%1.isp.example [%2]) by mx.test.example (Postfix) with ESMTP id A%1; "
                                   "Mon, 4 Mar 2024 10:%3:00 +0000\r\n"
                                   "From: <%4>\r\nTo: me@test.example\r\nSubject: Message %1\r\n"
                                   "Date: Mon, 4 Mar 2024 10:00:00 +0000\r\nMessage-ID: <d%1@x>\r\n\r\nWords of message %1.\r\n")
                        .arg(i)
                        .arg(s.ip)
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .arg(s.from)
                        .toUtf8());
        }
    }

    /** Off (the default): the import asks no list anything, records nothing, reports nothing listed. */
    void offByDefault()
    {
        const QString db = m_dir.filePath(QStringLiteral("off.db"));
        const int before = queriesForFixture();
        importInto(db, false);
        QTest::qWait(300);
        QCOMPARE(queriesForFixture(), before);
        QVERIFY(arrivalRows(db).isEmpty());
        const QJsonObject bot = domainRow(db, QStringLiteral("bot.example"));
        QVERIFY(!bot.isEmpty());
        QCOMPARE(bot.value(QStringLiteral("listed")).toInt(-1), 0);
        QCOMPARE(bot.value(QStringLiteral("listed_arrival")).toInt(-1), 0);
    }

    /** On: every distinct new origin IP is looked up once and recorded as an arrival row; the
     *  report names the listing per sender. */
    void arrivalRowsWhenEnabled()
    {
        const QString db = m_dir.filePath(QStringLiteral("on.db"));
        importInto(db, true);
        const QHash<QString, bool> rows = arrivalRows(db);
        QSet<QString> ips;
        for (const Spec &s : m_specs)
            ips.insert(s.ip);
        QCOMPARE(rows.size(), ips.size()); // one list, one row per distinct IP
        for (const Spec &s : m_specs) {
            QVERIFY2(rows.contains(s.ip), qPrintable(s.ip));
            QCOMPARE(rows.value(s.ip), s.listed);
            QVERIFY(m_dns.queryCount(reversed(s.ip) + QStringLiteral(".zen.test")) >= 1);
        }
        int total = 0;
        const int listed = listedOf(m_specs, QStringLiteral("bot.example"), &total);
        const QJsonObject bot = domainRow(db, QStringLiteral("bot.example"));
        QCOMPARE(bot.value(QStringLiteral("listed")).toInt(-1), listed);
        QCOMPARE(bot.value(QStringLiteral("listed_arrival")).toInt(-1), listed);
        QCOMPARE(bot.value(QStringLiteral("listed_now")).toInt(-1), 0);
        const QString reasons = QString::fromUtf8(QJsonDocument(bot.value(QStringLiteral("reasons")).toArray()).toJson());
        QVERIFY2(reasons.contains(QStringLiteral("%1 of %2 origin IPs were on %3 when their mail arrived").arg(listed).arg(total).arg(kListName)),
                 qPrintable(reasons));
        const QJsonObject pals = domainRow(db, QStringLiteral("pals.example"));
        QCOMPARE(pals.value(QStringLiteral("listed")).toInt(-1), 0);

        // Importing the same mail again adds nothing, so asks nothing.
        const int queries = queriesForFixture();
        const CliRun again = run({QStringLiteral("--db"), db, QStringLiteral("--dns"), dns(), QStringLiteral("import"), QStringLiteral("--account"),
                                  QStringLiteral("fixture"), QStringLiteral("--quiet"), m_dir.filePath(QStringLiteral("mail"))},
                                 env(true));
        QCOMPARE(again.code, 0);
        QTest::qWait(300);
        QCOMPARE(queriesForFixture(), queries);
    }

    /** `senders --dnsbl`: "now" for the groups shown, on the profile imported with look-ups off. */
    void sendersDnsblNow()
    {
        const QString db = m_dir.filePath(QStringLiteral("off.db"));
        int total = 0;
        const int listed = listedOf(m_specs, QStringLiteral("bot.example"), &total);
        const QJsonObject bot = domainRow(db, QStringLiteral("bot.example"),
                                          {QStringLiteral("--dnsbl"), QStringLiteral("--dnsbl-list"), QStringLiteral("spamhaus-zen@zen.test")});
        QCOMPARE(bot.value(QStringLiteral("listed_now")).toInt(-1), listed);
        QCOMPARE(bot.value(QStringLiteral("listed_arrival")).toInt(-1), 0);
        QCOMPARE(bot.value(QStringLiteral("listed_on")).toArray().first().toString(), kListName);
        const QString reasons = QString::fromUtf8(QJsonDocument(bot.value(QStringLiteral("reasons")).toArray()).toJson());
        QVERIFY2(reasons.contains(QStringLiteral("%1 of %2 origin IPs on %3").arg(listed).arg(total).arg(kListName)), qPrintable(reasons));
        QVERIFY(arrivalRows(db).isEmpty()); // a "now" look-up is not an arrival

        // CSV has the column too.
        const CliRun csv = run({QStringLiteral("--db"), db, QStringLiteral("senders"), QStringLiteral("--by"), QStringLiteral("domain")}, env(false));
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.contains(QStringLiteral(",listed,listed_arrival,listed_now,listed_on")));
    }

    void usage()
    {
        const QString db = m_dir.filePath(QStringLiteral("off.db"));
        CliRun r = run({QStringLiteral("--db"), db, QStringLiteral("senders"), QStringLiteral("--dnsbl-list"), QStringLiteral("spamcop")}, env(false));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("needs --dnsbl")));
        r = run({QStringLiteral("--db"), db, QStringLiteral("senders"), QStringLiteral("--by"), QStringLiteral("campaign"), QStringLiteral("--dnsbl")},
                env(false));
        QCOMPARE(r.code, 2);
    }

    void cleanupTestCase() { m_dns.stop(); }
};

QTEST_GUILESS_MAIN(TestCliSendersDnsbl)
#include "tst_clisendersdnsbl.moc"
