#include "mime/AuthResults.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mailtide::mime;

/** Rows: RFC 8601 examples and grammar rules, then what Gmail, Microsoft 365, Yahoo, Fastmail
 *  and a 2002 Sendmail milter write. "summary" is method=result;... in order, then "|" and the
 *  properties checked as method.key=value. */
QStringList props(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

class TestAuthResults : public QObject
{
    Q_OBJECT

    static QString summary(const AuthResults &a)
    {
        QStringList parts;
        for (const AuthResult &r : a.results)
            parts << r.method + QLatin1Char('=') + r.result;
        return parts.join(QLatin1Char(';'));
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("authserv");
        QTest::addColumn<QString>("results");
        QTest::addColumn<QStringList>("properties"); // "method.ptype.property=value"

        QTest::newRow("rfc8601-none") << QByteArray("example.org 1; none") << "example.org"
                                      << "" << QStringList();
        QTest::newRow("rfc8601-appendix-b3-spf")
            << QByteArray("example.com;\n          spf=pass smtp.mailfrom=example.net") << "example.com"
            << "spf=pass" << props({"spf.smtp.mailfrom=example.net"});
        QTest::newRow("rfc8601-appendix-b4-auth-and-sender-id")
            << QByteArray(
                   "example.com;\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\n          "
                   "spf=pass smtp.mailfrom=example.net")
            << "example.com"
            << "auth=pass;spf=pass"
            << props({"auth.smtp.auth=sender@example.net", "spf.smtp.mailfrom=example.net"});
        QTest::newRow("rfc8601-appendix-b5-comments-and-version")
            << QByteArray(
                   "example.com 1;\n          dkim=pass (good signature) header.d=mail-router.example.net;"
                   "\n          dkim=fail (bad signature) header.d=newyork.example.com")
            << "example.com"
            << "dkim=pass;dkim=fail" << props({"dkim.header.d=mail-router.example.net"});
        QTest::newRow("rfc8601-comment-before-authserv")
            << QByteArray("(an orphan comment) mx.example.org; spf=none smtp.mailfrom=a.example")
            << "mx.example.org"
            << "spf=none" << props({"spf.smtp.mailfrom=a.example"});
        QTest::newRow("rfc8601-quoted-local-part")
            << QByteArray("mx.example.org; spf=pass smtp.mailfrom=\"john smith\"@example.com")
            << "mx.example.org"
            << "spf=pass" << props({"spf.smtp.mailfrom=john smith@example.com"});
        QTest::newRow("rfc8601-reason")
            << QByteArray(
                   "mx.example.org; dkim=fail reason=\"signature verification failed\" header.d=x.example")
            << "mx.example.org"
            << "dkim=fail" << props({"dkim.header.d=x.example"});
        QTest::newRow("rfc8601-method-version")
            << QByteArray("mx.example.org; dkim/1=pass header.i=@x.example") << "mx.example.org"
            << "dkim=pass" << props({"dkim.header.i=@x.example"});
        QTest::newRow("rfc8601-space-around-equals")
            << QByteArray("mx.example.org; spf = softfail smtp.mailfrom = a@b.example") << "mx.example.org"
            << "spf=softfail" << props({"spf.smtp.mailfrom=a@b.example"});
        QTest::newRow("gmail")
            << QByteArray(
                   "mx.google.com;\r\n       dkim=pass header.i=@example.com header.s=20230601 "
                   "header.b=Kx4/Vq+a;\r\n       spf=pass (google.com: domain of alice@example.com "
                   "designates "
                   "209.85.220.41 as permitted sender) smtp.mailfrom=alice@example.com;\r\n       dmarc=pass "
                   "(p=NONE sp=QUARANTINE dis=NONE) header.from=example.com")
            << "mx.google.com"
            << "dkim=pass;spf=pass;dmarc=pass"
            << props({"dkim.header.i=@example.com", "dkim.header.s=20230601", "dkim.header.b=Kx4/Vq+a",
                      "spf.smtp.mailfrom=alice@example.com", "dmarc.header.from=example.com"});
        QTest::newRow("gmail-arc-comment-with-equals")
            << QByteArray(
                   "mx.google.com; arc=pass (i=1 spf=pass spfdomain=list.example dkim=pass "
                   "dkdomain=example.com dmarc=pass fromdomain=example.com); spf=softfail (google.com: "
                   "domain "
                   "of transitioning bounce@list.example does not designate 192.0.2.7 as permitted sender) "
                   "smtp.mailfrom=bounce@list.example")
            << "mx.google.com"
            << "arc=pass;spf=softfail" << props({"spf.smtp.mailfrom=bounce@list.example"});
        QTest::newRow("microsoft365-no-authserv-id")
            << QByteArray(
                   "spf=pass (sender IP is 209.85.128.41)\r\n smtp.mailfrom=gmail.com; dkim=pass (signature "
                   "was verified)\r\n header.d=gmail.com;dmarc=pass action=none\r\n header.from=gmail.com;"
                   "compauth=pass reason=100")
            << ""
            << "spf=pass;dkim=pass;dmarc=pass;compauth=pass"
            << props({"spf.smtp.mailfrom=gmail.com", "dkim.header.d=gmail.com", "dmarc.action=none",
                      "dmarc.header.from=gmail.com"});
        QTest::newRow("microsoft365-none-and-fail")
            << QByteArray(
                   "spf=fail (sender IP is 198.51.100.9) smtp.mailfrom=paypal.com; dkim=none (message not "
                   "signed) header.d=none;dmarc=fail action=oreject header.from=paypal.com;compauth=fail "
                   "reason=000")
            << ""
            << "spf=fail;dkim=none;dmarc=fail;compauth=fail"
            << props({"dkim.header.d=none", "dmarc.action=oreject", "dmarc.header.from=paypal.com"});
        QTest::newRow("yahoo-comment-without-space")
            << QByteArray("atlas-production.v2.mail.yahoo.com;\r\n dkim=pass header.i=@gmail.com "
                          "header.s=20230601;\r\n spf=pass smtp.mailfrom=gmail.com;\r\n dmarc=pass(p=NONE) "
                          "header.from=gmail.com;")
            << "atlas-production.v2.mail.yahoo.com"
            << "dkim=pass;spf=pass;dmarc=pass"
            << props({"dkim.header.i=@gmail.com", "spf.smtp.mailfrom=gmail.com",
                      "dmarc.header.from=gmail.com"});
        QTest::newRow("fastmail-policy-properties")
            << QByteArray(
                   "mx6.messagingengine.com;\n    arc=none (no signatures found);\n    bimi=skipped (DMARC "
                   "not enforced);\n    dkim=pass (2048-bit rsa key sha256) header.d=gmail.com "
                   "header.i=@gmail.com header.b=Kx/VqfaK header.a=rsa-sha256 header.s=20230601 x-bits=2048;"
                   "\n    dmarc=pass policy.published-domain-policy=none "
                   "policy.published-subdomain-policy=quarantine policy.applied-disposition=none "
                   "policy.evaluated-disposition=none (p=none,sp=quarantine,d=none,d.eval=none) "
                   "policy.policy-from=p header.from=gmail.com;\n    iprev=pass smtp.remote-ip=209.85.128.41 "
                   "(mail-wm1-f41.google.com);\n    spf=pass smtp.mailfrom=alice@gmail.com "
                   "smtp.helo=mail-wm1-f41.google.com")
            << "mx6.messagingengine.com"
            << "arc=none;bimi=skipped;dkim=pass;dmarc=pass;iprev=pass;spf=pass"
            << props({"dkim.header.a=rsa-sha256", "dkim.x-bits=2048",
                      "dmarc.policy.published-domain-policy=none", "dmarc.policy.policy-from=p",
                      "iprev.smtp.remote-ip=209.85.128.41", "spf.smtp.helo=mail-wm1-f41.google.com"});
        QTest::newRow("milter-2002-spf-with-spaces")
            << QByteArray(
                   "mail.example.net; spf=neutral (mail.example.net: 192.0.2.3 is neither permitted nor "
                   "denied by domain of x.example) smtp.mailfrom=x@x.example")
            << "mail.example.net"
            << "spf=neutral" << props({"spf.smtp.mailfrom=x@x.example"});
        QTest::newRow("uppercase-method-and-result")
            << QByteArray("mx.example.org; SPF=PASS smtp.MailFrom=a@b.example") << "mx.example.org"
            << "spf=pass" << props({"spf.smtp.mailfrom=a@b.example"});
        QTest::newRow("garbage-after-authserv")
            << QByteArray("mx.example.org; this is not a resinfo; dkim=pass header.d=ok.example")
            << "mx.example.org"
            << "dkim=pass" << props({"dkim.header.d=ok.example"});
        QTest::newRow("empty") << QByteArray() << ""
                               << "" << QStringList();
        QTest::newRow("only-semicolons") << QByteArray(";;;;") << ""
                                         << "" << QStringList();
        QTest::newRow("unterminated-comment")
            << QByteArray("mx.example.org; spf=pass (never closed smtp.mailfrom=a@b.example")
            << "mx.example.org"
            << "spf=pass" << QStringList();
        QTest::newRow("unterminated-quote")
            << QByteArray("mx.example.org; spf=pass smtp.mailfrom=\"a@b.example") << "mx.example.org"
            << "spf=pass" << props({"spf.smtp.mailfrom=a@b.example"});
    }
    void parse()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, authserv);
        QFETCH(QString, results);
        QFETCH(QStringList, properties);
        const AuthResults a = parseAuthResults(value);
        QCOMPARE(a.authservId, authserv);
        QCOMPARE(summary(a), results);
        for (const QString &p : properties) {
            const QString method = p.section(QLatin1Char('.'), 0, 0);
            const QString key = p.section(QLatin1Char('.'), 1).section(QLatin1Char('='), 0, 0);
            const QString expected = p.section(QLatin1Char('='), 1);
            QString found;
            bool seen = false;
            for (const AuthResult &r : a.results) {
                if (r.method == method && !r.property(key).isEmpty()) {
                    found = r.property(key);
                    seen = true;
                    break;
                }
            }
            QVERIFY2(seen, qPrintable(p));
            QCOMPARE(found, expected);
        }
    }

    void reasonAndFind()
    {
        const AuthResults a = parseAuthResults("mx.example.org; dkim=fail reason=\"signature verification "
                                               "failed\" header.d=x.example; spf=pass");
        const AuthResult *dkim = a.find(u"dkim");
        QVERIFY(dkim);
        QCOMPARE(dkim->reason, QStringLiteral("signature verification failed"));
        QCOMPARE(dkim->property(u"header.d"), QStringLiteral("x.example"));
        QVERIFY(a.find(u"spf"));
        QVERIFY(!a.find(u"dmarc"));
        const AuthResults ms = parseAuthResults("compauth=pass reason=100");
        QCOMPARE(ms.results.first().reason, QStringLiteral("100"));
    }

    void boundedOnHostileInput_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("1M-resinfos") << "mx; " + QByteArray("spf=pass smtp.mailfrom=a@b; ").repeated(40000);
        QTest::newRow("1M-properties") << "mx; spf=pass " + QByteArray("a.b=c ").repeated(200000);
        QTest::newRow("1M-open-parens") << QByteArray(1 << 20, '(');
        QTest::newRow("1M-quotes") << QByteArray(1 << 20, '"');
        QTest::newRow("1M-equals") << QByteArray(1 << 20, '=');
        QTest::newRow("nul-bytes") << QByteArray("mx;\0spf=\0pass", 13);
    }
    void boundedOnHostileInput()
    {
        QFETCH(QByteArray, value);
        QElapsedTimer t;
        t.start();
        const AuthResults a = parseAuthResults(value);
        QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
        QVERIFY(a.results.size() <= kMaxAuthMethods);
        for (const AuthResult &r : a.results)
            QVERIFY(r.properties.size() <= 32);
    }
};

QTEST_GUILESS_MAIN(TestAuthResults)
#include "tst_authresults.moc"
