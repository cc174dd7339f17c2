// `mailtide-cli hygiene still-mailing` and the `hygiene unsubscribe` alias (issue 7 item 4) on a
// profile written here through the Store API: IMAP accounts (no server needed: nothing connects),
// messages with chosen senders and arrival times, and unsubscribes recorded in the log. The
// expected rows are counted from the fixture's own description; each suggested rule is then run
// as printed and must be accepted.
#include "CliRun.h"

#include "store/Store.h"
#include "store/UnsubscribeLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using mailtide::testing::CliRun;
using namespace mailtide;

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kT0 = 1709546400; // 2024-03-04T10:00:00Z: the unsubscribes

/** A sender in the fixture: its unsubscribe and the days after it its mail arrived. */
struct Sender
{
    QString account;
    QString address;
    QString listId;
    QString result; // of the unsubscribe
    QList<int> daysAfter;
};

} // namespace

class TestCliStillMailing : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QList<Sender> m_senders;

    CliRun cli(const QStringList &args)
    {
        const CliRun r = mailtide::testing::runCli(QStringList{QStringLiteral("--db"), m_db} + args, 60000);
        if (qEnvironmentVariableIsSet("MAILTIDE_SHOW_OUTPUT"))
            qInfo().noquote() << "$ mailtide-cli" << args.join(QLatin1Char(' ')) << "\n" << r.out << r.err << "exit" << r.code;
        return r;
    }

    /** Senders of the fixture expected with this grace (and account filter), with their counts. */
    QHash<QString, int> expected(int graceDays, const QString &account = {}) const
    {
        QHash<QString, int> out;
        for (const Sender &s : m_senders) {
            if (s.result != QLatin1String("done") || (!account.isEmpty() && s.account != account))
                continue;
            int n = 0;
            for (int d : s.daysAfter)
                n += d * kDay > graceDays * kDay ? 1 : 0;
            if (n > 0)
                out.insert(s.account + u'/' + s.address, n);
        }
        return out;
    }

    QJsonArray stillMailingJson(const QStringList &extra)
    {
        const CliRun r = cli(QStringList{QStringLiteral("hygiene"), QStringLiteral("still-mailing"), QStringLiteral("--format"),
                                         QStringLiteral("json")} +
                             extra);
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("still_mailing")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("p.db"));
        m_senders = {
            // A list that kept sending: one message inside the two days' grace, two after.
            {QStringLiteral("home"), QStringLiteral("news@news.example"), QStringLiteral("weekly.news.example"), QStringLiteral("done"), {1, 5, 10}},
            // A shop, no list: once, three days later.
            {QStringLiteral("home"), QStringLiteral("promo@shop.example"), QString(), QStringLiteral("done"), {3}},
            // Stopped as asked.
            {QStringLiteral("home"), QStringLiteral("good@letters.example"), QString(), QStringLiteral("done"), {}},
            // The unsubscribe failed: its mail is no broken promise.
            {QStringLiteral("home"), QStringLiteral("spam@junk.example"), QString(), QStringLiteral("failed"), {4, 6}},
            // Another account; an address that needs quoting in a shell.
            {QStringLiteral("work"), QStringLiteral("o'neil@deals.example"), QString(), QStringLiteral("done"), {8}},
        };
        auto st = store::Store::open(m_db);
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        store::Store &store = *st.value();
        QHash<QString, std::pair<qint64, qint64>> accounts; // name -> (account, inbox)
        for (const QString &name : {QStringLiteral("home"), QStringLiteral("work")}) {
            store::ImapAccount a;
            a.name = name;
            a.host = QStringLiteral("imap.invalid");
            a.port = 993;
            a.user = name;
            auto id = store.addImapAccount(a);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
            auto inbox = store.ensureFolder(id.value(), QStringLiteral("INBOX"));
            QVERIFY(inbox);
            accounts.insert(name, {id.value(), inbox.value()});
        }
        {
            store::Transaction tx(store.db());
            QVERIFY(tx.begun());
            auto ins = store.inserter();
            QVERIFY(ins);
            int n = 0;
            for (const Sender &s : m_senders) {
                for (int d : s.daysAfter) {
                    store::NewMessage m;
                    m.accountId = accounts.value(s.account).first;
                    m.folderId = accounts.value(s.account).second;
                    m.localKey = QStringLiteral("sha256:%1").arg(++n);
                    m.messageId = QStringLiteral("m%1@fixture.test").arg(n);
                    m.receivedUtc = kT0 + d * kDay;
                    m.receivedSource = store::ReceivedSource::Received;
                    m.fromAddr = s.address.toUpper(); // matched without regard to case
                    m.fromDomain = s.address.section(u'@', 1);
                    m.listId = s.listId;
                    m.subject = QStringLiteral("Offer %1").arg(n);
                    m.size = 1000;
                    auto r = ins->insert(m);
                    QVERIFY2(r && r.value(), r ? "duplicate" : qPrintable(r.error().toString()));
                }
            }
            QVERIFY(tx.commit());
        }
        store::UnsubscribeLog log(store.db());
        for (const Sender &s : m_senders) {
            store::UnsubscribeRecord r;
            r.account = s.account;
            r.sender = s.address;
            r.listId = s.listId;
            r.method = s.listId.isEmpty() ? QStringLiteral("mailto") : QStringLiteral("one-click");
            r.target = QStringLiteral("https://unsub.example/x");
            r.atUtc = kT0;
            r.result = s.result;
            QVERIFY(log.record(r));
        }
    }

    void json()
    {
        const QJsonArray rows = stillMailingJson({});
        const QHash<QString, int> want = expected(2);
        QCOMPARE(rows.size(), want.size());
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const QString key = o.value(QStringLiteral("account")).toString() + u'/' + o.value(QStringLiteral("sender")).toString();
            QVERIFY2(want.contains(key), qPrintable(key));
            QCOMPARE(o.value(QStringLiteral("messages_after")).toInt(), want.value(key));
            QCOMPARE(o.value(QStringLiteral("unsubscribed")).toString(), QStringLiteral("2024-03-04T10:00:00Z"));
        }
        // The suggested rules, exactly.
        QStringList rules;
        for (const QJsonValue &v : rows)
            rules << v.toObject().value(QStringLiteral("suggested_rule")).toString();
        QVERIFY2(rules.contains(QStringLiteral("mailtide-cli hygiene rules add --account home --list-id weekly.news.example --action junk")),
                 qPrintable(rules.join(u'\n')));
        QVERIFY(rules.contains(QStringLiteral("mailtide-cli hygiene rules add --account home --from promo@shop.example --action junk")));
        QVERIFY(rules.contains(QStringLiteral("mailtide-cli hygiene rules add --account work --from 'o'\\''neil@deals.example' --action junk")));
    }

    void graceAndAccount()
    {
        for (int days : {0, 4, 7, 30}) {
            const QJsonArray rows = stillMailingJson({QStringLiteral("--days"), QString::number(days)});
            QCOMPARE(rows.size(), expected(days).size());
        }
        const QJsonArray home = stillMailingJson({QStringLiteral("--account"), QStringLiteral("home")});
        QCOMPARE(home.size(), expected(2, QStringLiteral("home")).size());
        for (const QJsonValue &v : home)
            QCOMPARE(v.toObject().value(QStringLiteral("account")).toString(), QStringLiteral("home"));
        const CliRun none = cli({QStringLiteral("hygiene"), QStringLiteral("still-mailing"), QStringLiteral("--account"), QStringLiteral("nobody")});
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(QStringLiteral("no such account")));
        const CliRun bad = cli({QStringLiteral("hygiene"), QStringLiteral("still-mailing"), QStringLiteral("--days"), QStringLiteral("-1")});
        QCOMPARE(bad.code, 2);
    }

    void csv()
    {
        const CliRun r = cli({QStringLiteral("hygiene"), QStringLiteral("still-mailing"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QLatin1Char('#')));
        lines.removeFirst();
        QCOMPARE(lines.first(), QStringLiteral("account,sender,list_id,unsubscribed,method,messages_after,last_received,suggested_rule"));
        QCOMPARE(lines.size() - 1, expected(2).size());
        QVERIFY(r.out.contains(QStringLiteral("home,news@news.example,weekly.news.example,2024-03-04T10:00:00Z,one-click,2,2024-03-14T10:00:00Z,")));
        QVERIFY(!r.out.contains(QStringLiteral("good@letters.example")));
        QVERIFY(!r.out.contains(QStringLiteral("spam@junk.example")));
    }

    /** Each suggested rule, run as printed (a shell's word splitting, by hand), is accepted. */
    void suggestedRulesRun()
    {
        for (const QJsonValue &v : stillMailingJson({})) {
            const QString line = v.toObject().value(QStringLiteral("suggested_rule")).toString();
            QStringList words;
            QString cur;
            bool quoted = false, any = false;
            for (qsizetype i = 0; i < line.size(); ++i) {
                const QChar c = line[i];
                if (quoted) {
                    if (c == u'\'') quoted = false;
                    else cur += c;
                } else if (c == u'\'') {
                    quoted = any = true;
                } else if (c == u'\\' && i + 1 < line.size()) {
                    cur += line[++i];
                    any = true;
                } else if (c == u' ') {
                    if (any || !cur.isEmpty()) words << cur;
                    cur.clear();
                    any = false;
                } else {
                    cur += c;
                }
            }
            if (any || !cur.isEmpty()) words << cur;
            QCOMPARE(words.value(0), QStringLiteral("mailtide-cli"));
            const CliRun r = cli(words.mid(1));
            QVERIFY2(r.code == 0, qPrintable(line + u'\n' + r.err));
        }
        const CliRun list = cli({QStringLiteral("hygiene"), QStringLiteral("rules"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("list\tweekly.news.example\tjunk")), qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("address\to'neil@deals.example\tjunk")));
    }

    /** `hygiene unsubscribe` is the `unsubscribe` command: same help, same plan, same errors. */
    void unsubscribeAlias()
    {
        const CliRun help = cli({QStringLiteral("hygiene"), QStringLiteral("unsubscribe"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QCOMPARE(help.out, cli({QStringLiteral("unsubscribe"), QStringLiteral("--help")}).out);
        QVERIFY(help.out.contains(QStringLiteral("MESSAGE.eml")));
        const CliRun none = cli({QStringLiteral("hygiene"), QStringLiteral("unsubscribe")});
        QCOMPARE(none.code, 2);
        QVERIFY2(none.err.contains(QStringLiteral("exactly one message file")), qPrintable(none.err));

        QFile f(m_dir.filePath(QStringLiteral("news.eml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("From: News <news@other.example>\r\nTo: me@me.example\r\nSubject: This week\r\nMessage-ID: <n1@other.example>\r\n"
                "Authentication-Results: mx.me.example; dkim=pass header.d=other.example header.s=s1\r\n"
                "List-Id: Weekly <weekly.other.example>\r\nList-Unsubscribe: <https://other.example/u/1>\r\n"
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n\r\nNews.\r\n");
        f.close();
        const QStringList planArgs{f.fileName(), QStringLiteral("--account"), QStringLiteral("home")};
        const CliRun viaHygiene = cli(QStringList{QStringLiteral("hygiene"), QStringLiteral("unsubscribe")} + planArgs);
        const CliRun direct = cli(QStringList{QStringLiteral("unsubscribe")} + planArgs);
        QCOMPARE(viaHygiene.code, direct.code);
        QCOMPARE(viaHygiene.out, direct.out);
        QVERIFY(!viaHygiene.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStillMailing)
#include "tst_clistillmailing.moc"
