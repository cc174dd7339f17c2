// Finding an address's IMAP server: the provider table, RFC 6186 SRV answers, the imap.<domain>
// guess. Row by row.
#include "imap/Discovery.h"

#include <QTest>

using namespace mailtide::imap;

Q_DECLARE_METATYPE(QList<SrvAnswer>)

class TestDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void domainOf_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << QStringLiteral("anna@example.org") << QStringLiteral("example.org");
        QTest::newRow("case and spaces") << QStringLiteral("  Anna@Example.ORG ") << QStringLiteral("example.org");
        QTest::newRow("trailing dot") << QStringLiteral("anna@example.org.") << QStringLiteral("example.org");
        QTest::newRow("quoted local with @") << QStringLiteral("\"a@b\"@example.org") << QStringLiteral("example.org");
        QTest::newRow("no at") << QStringLiteral("anna") << QString();
        QTest::newRow("no dot") << QStringLiteral("anna@localhost") << QString();
        QTest::newRow("empty domain") << QStringLiteral("anna@") << QString();
        QTest::newRow("space in domain") << QStringLiteral("anna@exa mple.org") << QString();
    }
    void domainOf()
    {
        QFETCH(QString, address);
        QFETCH(QString, domain);
        QCOMPARE(mailtide::imap::domainOf(address), domain);
    }

    void providers_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("noteHas");
        QTest::newRow("gmail") << QStringLiteral("gmail.com") << QStringLiteral("imap.gmail.com") << QStringLiteral("app password");
        QTest::newRow("googlemail") << QStringLiteral("googlemail.com") << QStringLiteral("imap.gmail.com") << QStringLiteral("app password");
        QTest::newRow("upper case") << QStringLiteral("GMAIL.COM") << QStringLiteral("imap.gmail.com") << QStringLiteral("app password");
        QTest::newRow("hotmail.fr") << QStringLiteral("hotmail.fr") << QStringLiteral("outlook.office365.com") << QStringLiteral("OAuth2");
        QTest::newRow("icloud") << QStringLiteral("me.com") << QStringLiteral("imap.mail.me.com") << QStringLiteral("app password");
        QTest::newRow("gmx.de") << QStringLiteral("gmx.de") << QStringLiteral("imap.gmx.net") << QString();
        QTest::newRow("t-online") << QStringLiteral("t-online.de") << QStringLiteral("secureimap.t-online.de") << QString();
        QTest::newRow("not a provider") << QStringLiteral("example.org") << QString() << QString();
        QTest::newRow("a provider's subdomain is not it") << QStringLiteral("mail.gmail.com") << QString() << QString();
    }
    void providers()
    {
        QFETCH(QString, domain);
        QFETCH(QString, host);
        QFETCH(QString, noteHas);
        const auto g = knownProvider(domain);
        QCOMPARE(g.has_value(), !host.isEmpty());
        if (!g)
            return;
        QCOMPARE(g->host, host);
        QCOMPARE(g->port, 993);
        QCOMPARE(g->tls, QStringLiteral("implicit"));
        QCOMPARE(g->source, ServerGuess::Source::KnownProvider);
        if (noteHas.isEmpty())
            QVERIFY2(g->note.isEmpty(), qPrintable(g->note));
        else
            QVERIFY2(g->note.contains(noteHas), qPrintable(g->note));
    }

    void guess()
    {
        const ServerGuess g = guessFor(QStringLiteral("Example.ORG"));
        QCOMPARE(g.host, QStringLiteral("imap.example.org"));
        QCOMPARE(g.port, 993);
        QCOMPARE(g.tls, QStringLiteral("implicit"));
        QCOMPARE(g.source, ServerGuess::Source::Guess);
    }

    void srv_data()
    {
        QTest::addColumn<QList<SrvAnswer>>("imaps");
        QTest::addColumn<QList<SrvAnswer>>("imap");
        QTest::addColumn<QString>("host"); // empty: no server
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("tls");
        QTest::newRow("one imaps") << QList<SrvAnswer>{{QStringLiteral("mail.example.org."), 993, 0, 1}} << QList<SrvAnswer>{}
                                   << QStringLiteral("mail.example.org") << 993 << QStringLiteral("implicit");
        QTest::newRow("lowest priority wins") << QList<SrvAnswer>{{QStringLiteral("b.example.org"), 993, 20, 100},
                                                                  {QStringLiteral("a.example.org"), 9993, 10, 0}}
                                              << QList<SrvAnswer>{} << QStringLiteral("a.example.org") << 9993 << QStringLiteral("implicit");
        QTest::newRow("then the highest weight") << QList<SrvAnswer>{{QStringLiteral("light.example.org"), 993, 10, 5},
                                                                     {QStringLiteral("HEAVY.example.org"), 993, 10, 60}}
                                                 << QList<SrvAnswer>{} << QStringLiteral("heavy.example.org") << 993 << QStringLiteral("implicit");
        QTest::newRow("imaps before imap") << QList<SrvAnswer>{{QStringLiteral("tls.example.org"), 993, 50, 0}}
                                           << QList<SrvAnswer>{{QStringLiteral("starttls.example.org"), 143, 0, 0}}
                                           << QStringLiteral("tls.example.org") << 993 << QStringLiteral("implicit");
        QTest::newRow("dot: no imaps, so imap with STARTTLS") << QList<SrvAnswer>{{QStringLiteral("."), 0, 0, 0}}
                                                              << QList<SrvAnswer>{{QStringLiteral("imap.example.org"), 143, 0, 0}}
                                                              << QStringLiteral("imap.example.org") << 143 << QStringLiteral("starttls");
        QTest::newRow("dot in both: none") << QList<SrvAnswer>{{QStringLiteral("."), 0, 0, 0}}
                                           << QList<SrvAnswer>{{QStringLiteral("."), 0, 0, 0}} << QString() << 0 << QString();
        QTest::newRow("bad port skipped") << QList<SrvAnswer>{{QStringLiteral("bad.example.org"), 70000, 0, 0},
                                                              {QStringLiteral("good.example.org"), 993, 5, 0}}
                                          << QList<SrvAnswer>{} << QStringLiteral("good.example.org") << 993 << QStringLiteral("implicit");
        QTest::newRow("nothing") << QList<SrvAnswer>{} << QList<SrvAnswer>{} << QString() << 0 << QString();
    }
    void srv()
    {
        QFETCH(QList<SrvAnswer>, imaps);
        QFETCH(QList<SrvAnswer>, imap);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, tls);
        const auto g = bestSrv(imaps, imap);
        QCOMPARE(g.has_value(), !host.isEmpty());
        if (!g)
            return;
        QCOMPARE(g->host, host);
        QCOMPARE(g->port, port);
        QCOMPARE(g->tls, tls);
        QCOMPARE(g->source, ServerGuess::Source::Srv);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
