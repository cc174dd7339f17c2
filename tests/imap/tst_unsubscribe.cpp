// Safe unsubscribe (core/hygiene/Unsubscribe): the plan refuses what it must, in plain words;
// one-click posts exactly "List-Unsubscribe=One-Click" to a real HTTPS server (lighttpd, CA made at
// test time); mailto goes through a real Postfix; a hanging server is a timeout, not a hang; and the
// unsubscribe log flags a sender that keeps mailing (core/store/UnsubscribeLog).
#include "HttpsServer.h"
#include "SmtpServer.h"
#include "hygiene/Unsubscribe.h"
#include "mime/ParsedMessage.h"
#include "store/Store.h"
#include "store/UnsubscribeLog.h"

#include <QElapsedTimer>
#include <QTest>

#include <unistd.h>

using namespace mailtide;
using namespace mailtide::hygiene;
using mailtide::test::HttpsServer;
using mailtide::test::SmtpServer;

namespace {

UnsubscribeInput input(const QString &from, const QByteArray &listUnsubscribe, const QByteArray &post,
                       const QList<QByteArray> &authResults, std::optional<store::Verdict> verdict = store::Verdict::Ham,
                       const QByteArray &listId = {})
{
    UnsubscribeInput in;
    in.account = QStringLiteral("me");
    in.fromAddress = from;
    in.list.unsubscribe = mime::parseListUnsubscribe(listUnsubscribe);
    in.list.unsubscribePost = !post.isEmpty() && mime::isOneClickPost(post);
    if (!listId.isEmpty()) in.list.id = mime::parseListId(listId);
    for (const QByteArray &ar : authResults) in.authResults << mime::parseAuthResults(ar);
    in.verdict = verdict;
    return in;
}

const QByteArray kPost = "List-Unsubscribe=One-Click";
const QByteArray kDkimNews = "mx.me.example; dkim=pass header.d=news.example header.s=s1; spf=pass smtp.mailfrom=bounce.news.example";

} // namespace

class TestUnsubscribe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mailto_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::newRow("plain") << "mailto:unsub@news.example" << true << "unsub@news.example" << "" << "";
        QTest::newRow("rfc6068-subject-body") << "mailto:u@news.example?subject=unsubscribe%20me&body=id%3D42" << true
                                              << "u@news.example" << "unsubscribe me" << "id=42";
        QTest::newRow("utf8-subject") << "mailto:u@news.example?subject=d%C3%A9sabonner" << true << "u@news.example"
                                      << QStringLiteral("désabonner") << "";
        QTest::newRow("to-hfield") << "mailto:?to=u@news.example&subject=x" << true << "u@news.example" << "x" << "";
        QTest::newRow("two-addresses-first-only") << "mailto:a@news.example,b@other.example" << true << "a@news.example" << "" << "";
        QTest::newRow("cc-bcc-ignored") << "mailto:u@news.example?cc=victim@other.example&bcc=x@y.example" << true
                                        << "u@news.example" << "" << "";
        QTest::newRow("header-injection-flattened") << "mailto:u@news.example?subject=a%0D%0ABcc:%20x@evil.example" << true
                                                    << "u@news.example" << "a Bcc: x@evil.example" << "";
        QTest::newRow("no-at") << "mailto:nobody" << false << "" << "" << "";
        QTest::newRow("space-in-address") << "mailto:a%20b@news.example" << false << "" << "" << "";
        QTest::newRow("angle-bracket") << "mailto:a%3E@news.example" << false << "" << "" << "";
        QTest::newRow("not-mailto") << "https://news.example/u" << false << "" << "" << "";
        QTest::newRow("too-long") << (QStringLiteral("mailto:a@b.example?body=") + QString(3000, u'x')) << false << "" << "" << "";
    }
    void mailto()
    {
        QFETCH(QString, uri);
        QFETCH(bool, ok);
        const std::optional<MailtoTarget> t = parseMailto(uri);
        QCOMPARE(t.has_value(), ok);
        if (!ok) return;
        QFETCH(QString, to);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QCOMPARE(t->to, to);
        QCOMPARE(t->subject, subject);
        QCOMPARE(t->body, body);
    }

    void plan_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("one-click-dkim-for-list") << 0 << "one-click" << "DKIM";
        QTest::newRow("spam-verdict-refused") << 1 << "refused" << "spam";
        QTest::newRow("dkim-fail-refused") << 2 << "refused" << "DKIM signature failed";
        QTest::newRow("dkim-other-domain-refused") << 3 << "refused" << "signed only by esp.example";
        QTest::newRow("http-one-click-refused") << 4 << "refused" << "plain http";
        QTest::newRow("dmarc-fail-refused") << 5 << "refused" << "DMARC";
        QTest::newRow("no-dkim-falls-back-to-mailto") << 6 << "mailto" << "e-mail";
        QTest::newRow("web-page-browser") << 7 << "browser" << "web page";
        QTest::newRow("no-header-refused") << 8 << "refused" << "no unsubscribe";
        QTest::newRow("forged-lower-auth-results-ignored") << 9 << "refused" << "has none";
        QTest::newRow("dkim-for-list-id-domain") << 10 << "one-click" << "DKIM";
        QTest::newRow("no-dkim-at-all-refused") << 11 << "refused" << "has none";
    }
    void plan()
    {
        QFETCH(int, row);
        QFETCH(QString, method);
        QFETCH(QString, reasonHas);
        const QString from = QStringLiteral("News <news@news.example>").section(u'<', 1).chopped(1);
        const QByteArray https = "<https://news.example/u?id=1>";
        UnsubscribeInput in;
        switch (row) {
        case 0: in = input(from, https, kPost, {kDkimNews}); break;
        case 1: in = input(from, https, kPost, {kDkimNews}, store::Verdict::Spam); break;
        case 2: in = input(from, https + ", <mailto:u@news.example>", kPost, {"mx.me.example; dkim=fail header.d=news.example"}); break;
        case 3: in = input(from, https, kPost, {"mx.me.example; dkim=pass header.d=esp.example"}); break;
        case 4: in = input(from, "<http://news.example/u?id=1>", kPost, {kDkimNews}); break;
        case 5: in = input(from, https, kPost, {"mx.me.example; dkim=pass header.d=esp.example; dmarc=fail header.from=news.example"}); break;
        case 6: in = input(from, https + ", <mailto:u@news.example?subject=stop>", kPost, {"mx.me.example; spf=pass smtp.mailfrom=news.example"}); break;
        case 7: in = input(from, https, {}, {kDkimNews}); break;
        case 8: in = input(from, {}, {}, {kDkimNews}); break;
        // The user's server (top-most) saw no signature; a header the sender wrote below claims one.
        case 9: in = input(from, https, kPost, {"mx.me.example; dkim=none", kDkimNews}); break;
        case 10: in = input(QStringLiteral("bounce@esp.example"), https, kPost, {"mx.me.example; dkim=pass header.d=lists.news.example"},
                            store::Verdict::Ham, "News <weekly.news.example>");
            break;
        case 11: in = input(from, https, kPost, {}); break;
        default: QFAIL("no such row");
        }
        const UnsubscribePlan p = planUnsubscribe(in);
        QCOMPARE(toString(p.method), method);
        QVERIFY2(p.reason.contains(reasonHas, Qt::CaseInsensitive), qPrintable(p.reason));
        QCOMPARE(p.question.isEmpty(), method == QLatin1String("refused"));
        if (method == QLatin1String("browser")) QVERIFY(!p.warning.isEmpty());
        if (method == QLatin1String("one-click")) QCOMPARE(p.target, QStringLiteral("https://news.example/u?id=1"));
        if (method == QLatin1String("mailto")) QCOMPARE(p.mailto.subject, QStringLiteral("stop"));
    }

    void oneClickPostsExactBody()
    {
        HttpsServer server;
        if (Status s = server.start(); !s) QFAIL(qPrintable(s.error().toString()));
        UnsubscribePlan p = planUnsubscribe(input(QStringLiteral("news@news.example"), "<https://news.example/u?id=1>", kPost, {kDkimNews}));
        QCOMPARE(toString(p.method), toString(UnsubscribeMethod::OneClick));
        p.target = server.url(QStringLiteral("/unsubscribe/abc?list=weekly&id=42")); // the same plan, served on loopback
        HttpsSettings https;
        https.caFile = server.caFile();
        https.timeoutMs = 5000;
        const Result<UnsubscribeOutcome> r = executeUnsubscribe(p, https, {});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QVERIFY(r->ok);
        QVERIFY(r->detail.contains(QStringLiteral("200")));
        QVERIFY(server.waitForRequests(1));
        const QList<HttpsServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].uri, QByteArray("/unsubscribe/abc?list=weekly&id=42"));
        QCOMPARE(requests[0].body, QByteArray("List-Unsubscribe=One-Click")); // RFC 8058 section 3.2, exactly
        QCOMPARE(requests[0].headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!requests[0].headers.contains("cookie"));
        QVERIFY(!requests[0].headers.contains("referer"));
        QVERIFY(!requests[0].headers.contains("authorization"));
    }

    void oneClickFailures()
    {
        HttpsServer server;
        if (Status s = server.start(); !s) QFAIL(qPrintable(s.error().toString()));
        UnsubscribePlan p = planUnsubscribe(input(QStringLiteral("news@news.example"), "<https://news.example/u>", kPost, {kDkimNews}));
        HttpsSettings https;
        https.caFile = server.caFile();
        https.timeoutMs = 1500;

        // Not trusted: nothing is sent at all.
        p.target = server.url(QStringLiteral("/untrusted"));
        Result<UnsubscribeOutcome> r = executeUnsubscribe(p, HttpsSettings{{}, 3000}, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("not trusted")), qPrintable(r.error().toString()));

        // A redirect to http:// is not followed.
        p.target = server.url(QStringLiteral("/redirect-to-http"));
        r = executeUnsubscribe(p, https, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("not HTTPS")), qPrintable(r.error().toString()));

        // The server's 500 is an error with its words.
        p.target = server.url(QStringLiteral("/fail"));
        r = executeUnsubscribe(p, https, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("500")), qPrintable(r.error().toString()));

        // A server that hangs: a timeout error, in bounded time.
        p.target = server.url(QStringLiteral("/hang"));
        QElapsedTimer timer;
        timer.start();
        r = executeUnsubscribe(p, https, {});
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("did not answer")), qPrintable(r.error().toString()));

        // The plan is checked again at execute time: an http target is never posted to.
        p.target = QStringLiteral("http://127.0.0.1:%1/plain").arg(server.port());
        r = executeUnsubscribe(p, https, {});
        QVERIFY(!r.ok());
        QVERIFY(server.waitForRequests(3));
        QCOMPARE(server.requests().size(), 3); // redirect-to-http, fail, hang: nothing else reached it
        for (const HttpsServer::Request &req : server.requests()) QVERIFY(!req.uri.startsWith("/untrusted"));

        // Browser and refused plans are never executed here.
        UnsubscribePlan browser = planUnsubscribe(input(QStringLiteral("news@news.example"), "<https://news.example/u>", {}, {kDkimNews}));
        QVERIFY(!executeUnsubscribe(browser, https, {}).ok());
        UnsubscribePlan refused = planUnsubscribe(input(QStringLiteral("news@news.example"), "<https://news.example/u>", kPost, {kDkimNews}, store::Verdict::Spam));
        QVERIFY(!executeUnsubscribe(refused, https, {}).ok());
    }

    void mailtoThroughRealSmtp()
    {
        if (geteuid() != 0) QSKIP("The Postfix test server needs root (run the tests as root, as CI does)");
        SmtpServer smtp;
        if (Status s = smtp.start(SmtpServer::Mode::Closed); !s) QFAIL(qPrintable(s.error().toString()));
        const QByteArray header = "<mailto:unsubscribe@local.test?subject=unsubscribe%20weekly%20%C3%A9t%C3%A9&body=list%3Dweekly>";
        const UnsubscribePlan p = planUnsubscribe(input(QStringLiteral("news@local.test"), header, {}, {"mx.me.example; dkim=pass header.d=local.test"}));
        QCOMPARE(toString(p.method), toString(UnsubscribeMethod::Mailto));
        SmtpSettings settings;
        settings.host = smtp.host();
        settings.port = smtp.port();
        settings.tls = SmtpSettings::Tls::StartTls;
        settings.caFile = smtp.caFile();
        settings.fromAddress = QStringLiteral("me@me.example");
        settings.timeoutMs = 5000;
        const Result<UnsubscribeOutcome> r = executeUnsubscribe(p, {}, settings);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QVERIFY(smtp.waitForLog(QStringLiteral("delivered to maildir")));
        const QList<QByteArray> mail = smtp.deliveredMessages();
        QCOMPARE(mail.size(), 1);
        const mime::ParsedMessage m = mime::parseMessage(mail[0]);
        QCOMPARE(m.header(u"To"), QStringLiteral("<unsubscribe@local.test>"));
        QCOMPARE(m.subject, QStringLiteral("unsubscribe weekly été"));
        QCOMPARE(m.from.address, QStringLiteral("me@me.example"));
        QVERIFY(m.text.contains(QStringLiteral("list=weekly")));
        QVERIFY2(smtp.log().contains(QStringLiteral("TLS connection established from")), "STARTTLS was used");

        // A server that never answers: an error after the timeout, not a hang.
        SmtpSettings dead = settings;
        HttpsServer silent; // lighttpd speaks TLS/HTTP, never an SMTP greeting
        if (Status s = silent.start(); !s) QFAIL(qPrintable(s.error().toString()));
        dead.port = silent.port();
        dead.timeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const Result<UnsubscribeOutcome> hung = executeUnsubscribe(p, {}, dead);
        QVERIFY(timer.elapsed() < 6000);
        QVERIFY(!hung.ok());
    }

    void logFlagsSenderStillMailing()
    {
        Result<std::unique_ptr<store::Store>> opened = store::Store::open(QStringLiteral(":memory:"));
        QVERIFY(opened.ok());
        store::Store &st = **opened;
        Result<qint64> account = st.ensureLocalAccount(QStringLiteral("me"), QStringLiteral("/tmp/x"));
        QVERIFY(account.ok());
        Result<qint64> folder = st.ensureFolder(*account, QStringLiteral("INBOX"));
        QVERIFY(folder.ok());
        store::UnsubscribeLog log(st.db());
        const qint64 t0 = 1'700'000'000;
        store::UnsubscribeRecord rec{0, QStringLiteral("me"), QStringLiteral("News@News.example"), QStringLiteral("weekly.news.example"),
                                     QStringLiteral("one-click"), QStringLiteral("https://news.example/u"), t0, QStringLiteral("done"),
                                     QStringLiteral("news.example answered 200")};
        QVERIFY(log.record(rec).ok());
        store::UnsubscribeRecord other = rec;
        other.sender = QStringLiteral("quiet@quiet.example");
        QVERIFY(log.record(other).ok());
        store::UnsubscribeRecord failed = rec;
        failed.sender = QStringLiteral("failed@news.example");
        failed.result = QStringLiteral("failed");
        QVERIFY(log.record(failed).ok());
        rec.account = QStringLiteral("nobody");
        QVERIFY(!log.record(rec).ok());

        Result<store::Store::Inserter> ins = st.inserter();
        QVERIFY(ins.ok());
        const auto add = [&](const QString &from, qint64 when, int n) {
            store::NewMessage m;
            m.accountId = *account;
            m.folderId = *folder;
            m.localKey = QStringLiteral("k%1").arg(n);
            m.receivedUtc = when;
            m.fromAddr = from;
            m.size = 100;
            return ins->insert(m).ok();
        };
        QVERIFY(add(QStringLiteral("news@news.example"), t0 + 3600, 1));      // within the grace days
        QVERIFY(add(QStringLiteral("News@news.example"), t0 + 5 * 86400, 2)); // after: flagged
        QVERIFY(add(QStringLiteral("news@news.example"), t0 + 9 * 86400, 3));
        QVERIFY(add(QStringLiteral("quiet@quiet.example"), t0 - 86400, 4));   // before the unsubscribe
        QVERIFY(add(QStringLiteral("failed@news.example"), t0 + 9 * 86400, 5)); // that unsubscribe failed

        const Result<QList<store::StillMailing>> still = log.stillMailing(2);
        QVERIFY2(still.ok(), still.ok() ? "" : qPrintable(still.error().toString()));
        QCOMPARE(still->size(), 1);
        QCOMPARE(still->at(0).unsubscribe.sender, QStringLiteral("news@news.example"));
        QCOMPARE(still->at(0).messagesAfter, 2);
        QCOMPARE(still->at(0).lastReceivedUtc, t0 + 9 * 86400);
        const Result<QList<store::UnsubscribeRecord>> all = log.list(QStringLiteral("me"));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).listId, QStringLiteral("weekly.news.example"));
    }
};

QTEST_GUILESS_MAIN(TestUnsubscribe)
#include "tst_unsubscribe.moc"
