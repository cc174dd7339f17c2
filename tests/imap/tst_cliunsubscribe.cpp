// `mailtide-cli unsubscribe` as a user runs it: the plan without --yes sends nothing; --yes posts the
// one-click request to a real HTTPS server (lighttpd) and records it; mail judged spam (by flag or by
// the verdict stored for its Message-ID) is refused with exit code 3 and nothing is sent.
#include "../cli/CliRun.h"
#include "HttpsServer.h"
#include "store/Store.h"
#include "store/UnsubscribeLog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;
using mailtide::test::HttpsServer;
using mailtide::testing::runCli;

class TestCliUnsubscribe : public QObject
{
    Q_OBJECT

    QByteArray message(const QString &messageId, const QString &url) const
    {
        return QStringLiteral("From: News <news@news.example>\r\n"
                              "To: me@me.example\r\n"
                              "Subject: This week\r\n"
                              "Message-ID: <%1>\r\n"
                              "Authentication-Results: mx.me.example; dkim=pass header.d=news.example header.s=s1\r\n"
                              "List-Id: Weekly <weekly.news.example>\r\n"
                              "List-Unsubscribe: <%2>\r\n"
                              "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                              "\r\n"
                              "News.\r\n")
            .arg(messageId, url)
            .toUtf8();
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) return {};
        f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void planThenDoThenRefuse()
    {
        QVERIFY(m_dir.isValid());
        HttpsServer server;
        if (Status s = server.start(); !s) QFAIL(qPrintable(s.error().toString()));
        const QString db = m_dir.filePath(QStringLiteral("profile.db"));
        {
            Result<std::unique_ptr<store::Store>> st = store::Store::open(db);
            QVERIFY(st.ok());
            Result<qint64> account = (*st)->ensureLocalAccount(QStringLiteral("me"), m_dir.path());
            QVERIFY(account.ok());
            Result<qint64> folder = (*st)->ensureFolder(*account, QStringLiteral("INBOX"));
            QVERIFY(folder.ok());
            Result<store::Store::Inserter> ins = (*st)->inserter();
            QVERIFY(ins.ok());
            store::NewMessage m;
            m.accountId = *account;
            m.folderId = *folder;
            m.localKey = QStringLiteral("k1");
            m.messageId = QStringLiteral("judged-spam@news.example");
            m.receivedUtc = 1'700'000'000;
            m.fromAddr = QStringLiteral("news@news.example");
            m.size = 300;
            m.verdict = int(store::Verdict::Spam);
            QVERIFY(ins->insert(m).ok());
        }
        const QString eml = write(QStringLiteral("ok.eml"), message(QStringLiteral("ok@news.example"), server.url(QStringLiteral("/u/1?l=weekly"))));

        // The plan alone sends nothing.
        auto r = runCli({QStringLiteral("unsubscribe"), eml, QStringLiteral("--ca"), server.caFile()}, 30000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("method: one-click")));
        QVERIFY(r.out.contains(QStringLiteral("--yes")));
        QTest::qWait(300);
        QCOMPARE(server.requests().size(), 0);

        // --yes does it, and the store records it.
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("unsubscribe"), eml, QStringLiteral("--account"), QStringLiteral("me"),
                    QStringLiteral("--ca"), server.caFile(), QStringLiteral("--yes")},
                   30000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("done:")));
        QVERIFY(server.waitForRequests(1));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests()[0].body, QByteArray("List-Unsubscribe=One-Click"));
        QCOMPARE(server.requests()[0].uri, QByteArray("/u/1?l=weekly"));

        // Judged spam in the store (by its Message-ID), or by flag: refused, exit 3, nothing sent.
        const QString spam = write(QStringLiteral("spam.eml"), message(QStringLiteral("judged-spam@news.example"), server.url(QStringLiteral("/u/2"))));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("unsubscribe"), spam, QStringLiteral("--account"), QStringLiteral("me"),
                    QStringLiteral("--ca"), server.caFile(), QStringLiteral("--yes")},
                   30000);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("spam")), qPrintable(r.err));
        r = runCli({QStringLiteral("unsubscribe"), eml, QStringLiteral("--spam"), QStringLiteral("--yes"), QStringLiteral("--ca"), server.caFile()}, 30000);
        QCOMPARE(r.code, 3);
        QTest::qWait(300);
        QCOMPARE(server.requests().size(), 1);

        Result<std::unique_ptr<store::Store>> st = store::Store::open(db);
        QVERIFY(st.ok());
        store::UnsubscribeLog log((*st)->db());
        Result<QList<store::UnsubscribeRecord>> all = log.list(QStringLiteral("me"));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QStringList results;
        for (const store::UnsubscribeRecord &rec : *all) results << rec.result;
        results.sort();
        QCOMPARE(results, (QStringList{QStringLiteral("done"), QStringLiteral("refused")}));
        for (const store::UnsubscribeRecord &rec : *all) {
            QCOMPARE(rec.sender, QStringLiteral("news@news.example"));
            QCOMPARE(rec.listId, QStringLiteral("weekly.news.example"));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliUnsubscribe)
#include "tst_cliunsubscribe.moc"
