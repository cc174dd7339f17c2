// SPF (RFC 7208) row by row: the parser (selfcheck/Spf.h parseSpf) and the analysis that follows
// include: and redirect= (analyzeSpf) over a table of TXT records — look-up counting (4.6.4),
// loops, missing includes, redirect, several records, a DNS error, a hostile fan-out.
#include "selfcheck/Spf.h"

#include <QTest>

using namespace mailtide;
using namespace mailtide::selfcheck;

namespace {

/** A TXT "zone": name -> records. A name not there is NXDOMAIN; "!error" as its only record
 *  makes the look-up fail. Counts look-ups. */
struct Zone
{
    QHash<QString, QStringList> records;
    int asked = 0;
    TxtLookup lookup()
    {
        return [this](const QString &name) -> Result<net::DnsAnswer<QString>> {
            ++asked;
            net::DnsAnswer<QString> a;
            auto it = records.constFind(name);
            if (it == records.constEnd()) {
                a.status = net::DnsStatus::NoSuchName;
                return a;
            }
            if (*it == QStringList{QStringLiteral("!error")})
                return Error{QStringLiteral("DNS look-up of %1 failed").arg(name), QStringLiteral("timeout")};
            a.records = *it;
            a.status = a.records.isEmpty() ? net::DnsStatus::NoRecords : net::DnsStatus::Found;
            return a;
        };
    }
};

} // namespace

class TestSpf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("lookups");
        QTest::addColumn<QString>("all"); // the all's qualifier, "" when none
        QTest::newRow("minimal-fail-all") << "v=spf1 -all" << true << 0 << "-";
        QTest::newRow("typical") << "v=spf1 mx a ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com ~all" << true
                                 << 3 << "~";
        QTest::newRow("a-mx-with-cidr") << "v=spf1 a:mail.example.com/24//64 mx/28 a//64 -all" << true << 3 << "-";
        QTest::newRow("pass-all") << "v=spf1 +all" << true << 0 << "+";
        QTest::newRow("bare-all-is-pass") << "v=spf1 all" << true << 0 << "+";
        QTest::newRow("neutral-all") << "v=spf1 mx ?all" << true << 1 << "?";
        QTest::newRow("case-insensitive") << "V=SPF1 MX -ALL" << true << 1 << "-";
        QTest::newRow("extra-spaces") << "v=spf1   mx    -all" << true << 1 << "-";
        QTest::newRow("empty-record") << "v=spf1" << true << 0 << "";
        QTest::newRow("macro-exists") << "v=spf1 exists:%{i}.spf.example.com -all" << true << 1 << "-";
        QTest::newRow("ptr-counts") << "v=spf1 ptr -all" << true << 1 << "-";
        QTest::newRow("redirect-counts") << "v=spf1 redirect=_spf.example.com" << true << 1 << "";
        QTest::newRow("unknown-modifier-ignored") << "v=spf1 -all moo=bar" << true << 0 << "-";
        QTest::newRow("exp-modifier") << "v=spf1 -all exp=explain.example.com" << true << 0 << "-";
        QTest::newRow("not-spf-version") << "v=spf10 -all" << false << 0 << "";
        QTest::newRow("not-spf-at-all") << "google-site-verification=abc" << false << 0 << "";
        QTest::newRow("bad-ip4") << "v=spf1 ip4:192.0.2.300 -all" << false << 0 << "-";
        QTest::newRow("ip4-cidr-too-long") << "v=spf1 ip4:192.0.2.1/33 -all" << false << 0 << "-";
        QTest::newRow("ip4-short-form") << "v=spf1 ip4:10.1 -all" << false << 0 << "-";
        QTest::newRow("ip4-given-ipv6") << "v=spf1 ip4:2001:db8::1 -all" << false << 0 << "-";
        QTest::newRow("ip6-cidr-too-long") << "v=spf1 ip6:2001:db8::/129 -all" << false << 0 << "-";
        QTest::newRow("include-empty") << "v=spf1 include: -all" << false << 1 << "-";
        QTest::newRow("include-no-colon") << "v=spf1 include -all" << false << 1 << "-";
        QTest::newRow("include-single-label") << "v=spf1 include:localhost -all" << false << 1 << "-";
        QTest::newRow("unknown-mechanism") << "v=spf1 foo:bar.example -all" << false << 0 << "-";
        QTest::newRow("two-redirects") << "v=spf1 redirect=a.example redirect=b.example" << false << 2 << "";
        QTest::newRow("all-with-value") << "v=spf1 all:foo" << false << 0 << "+";
        QTest::newRow("a-bad-cidr") << "v=spf1 a/40 -all" << false << 1 << "-";
        // Hostile: far too many terms, far too long.
        QTest::newRow("5000-terms") << QStringLiteral("v=spf1") + QStringLiteral(" a").repeated(5000) << false << 0 << "";
        QTest::newRow("10kB") << QStringLiteral("v=spf1 include:") + QString(10000, QLatin1Char('a')) + QStringLiteral(".example")
                              << false << 0 << "";
    }
    void parse()
    {
        QFETCH(QString, record);
        QFETCH(bool, valid);
        QFETCH(int, lookups);
        QFETCH(QString, all);
        const SpfRecord r = parseSpf(record);
        QCOMPARE(r.valid(), valid);
        if (!valid)
            QVERIFY(!r.errors.first().isEmpty());
        QCOMPARE(r.lookupTerms(), lookups);
        QCOMPARE(r.all() ? QString(r.all()->qualifier) : QString(), all);
    }

    void analyze_data()
    {
        QTest::addColumn<QStringList>("zone"); // "name=record" lines; a name may repeat
        QTest::addColumn<int>("lookups");
        QTest::addColumn<QString>("all");
        QTest::addColumn<QString>("problem"); // which list holds something: loops, missing, errors, multiple, dns, none
        const auto z = [](std::initializer_list<const char *> lines) {
            QStringList out;
            for (const char *l : lines)
                out << QString::fromUtf8(l);
            return out;
        };
        QTest::newRow("good") << z({"d.test=v=spf1 mx include:_spf.mail.test -all", "_spf.mail.test=v=spf1 ip4:192.0.2.0/24 ~all"})
                              << 2 << "-" << "none";
        QTest::newRow("nested-includes-count") << z({"d.test=v=spf1 include:a.test -all", "a.test=v=spf1 a mx include:b.test ?all",
                                                     "b.test=v=spf1 a:x.test a:y.test a:z.test -all"})
                                               << 7 << "-" << "none";
        QTest::newRow("eleven-lookups") << z({"d.test=v=spf1 a mx include:one.test include:two.test -all",
                                              "one.test=v=spf1 a mx ptr exists:e.test -all",
                                              "two.test=v=spf1 a mx a:x.test -all"})
                                        << 11 << "-" << "none";
        QTest::newRow("include-loop") << z({"d.test=v=spf1 include:a.test -all", "a.test=v=spf1 include:b.test -all",
                                            "b.test=v=spf1 include:a.test -all"})
                                      << 3 << "-" << "loops";
        QTest::newRow("self-include") << z({"d.test=v=spf1 include:D.test. -all"}) << 1 << "-" << "loops";
        QTest::newRow("missing-include") << z({"d.test=v=spf1 include:gone.test -all"}) << 1 << "-" << "missing";
        QTest::newRow("include-without-spf") << z({"d.test=v=spf1 include:txt.test -all", "txt.test=some other text"}) << 1
                                             << "-" << "missing";
        QTest::newRow("redirect-gives-all") << z({"d.test=v=spf1 mx redirect=_spf.d.test", "_spf.d.test=v=spf1 ip4:192.0.2.1 -all"})
                                            << 2 << "-" << "none";
        QTest::newRow("redirect-to-pass-all") << z({"d.test=v=spf1 redirect=_spf.d.test", "_spf.d.test=v=spf1 +all"}) << 1 << "+"
                                              << "none";
        QTest::newRow("redirect-ignored-with-all") << z({"d.test=v=spf1 -all redirect=_spf.d.test", "_spf.d.test=v=spf1 +all"})
                                                   << 0 << "-" << "none";
        QTest::newRow("include-has-errors") << z({"d.test=v=spf1 include:a.test -all", "a.test=v=spf1 ip4:999.0.0.1 -all"})
                                            << 1 << "-" << "errors";
        QTest::newRow("include-has-two-records") << z({"d.test=v=spf1 include:a.test -all", "a.test=v=spf1 -all",
                                                       "a.test=v=spf1 ~all"})
                                                 << 1 << "-" << "multiple";
        QTest::newRow("include-dns-error") << z({"d.test=v=spf1 include:a.test -all", "a.test=!error"}) << 1 << "-" << "dns";
        QTest::newRow("macro-not-followed") << z({"d.test=v=spf1 include:%{d}.spf.test -all"}) << 1 << "-" << "macros";
    }
    void analyze()
    {
        QFETCH(QStringList, zone);
        QFETCH(int, lookups);
        QFETCH(QString, all);
        QFETCH(QString, problem);
        Zone z;
        for (const QString &line : zone) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            z.records[line.left(eq).toLower()] << line.mid(eq + 1);
        }
        const SpfAnalysis a = analyzeSpf(QStringLiteral("D.test"), z.lookup());
        QCOMPARE(a.records.size(), 1);
        QCOMPARE(a.lookups, lookups);
        QCOMPARE(a.allQualifier ? QString(*a.allQualifier) : QString(), all);
        const QHash<QString, QStringList> lists{{QStringLiteral("loops"), a.loops},       {QStringLiteral("missing"), a.missing},
                                                {QStringLiteral("errors"), a.errors},     {QStringLiteral("multiple"), a.multiple},
                                                {QStringLiteral("dns"), a.dnsErrors},     {QStringLiteral("macros"), a.macros}};
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            QVERIFY2(it.value().isEmpty() == (it.key() != problem), qPrintable(it.key() + QStringLiteral(": ") + it.value().join(QLatin1Char('|'))));
        if (problem == QLatin1String("loops"))
            QVERIFY2(a.loops.first().startsWith(QStringLiteral("d.test → ")), qPrintable(a.loops.first()));
    }

    void missingAndMultipleAtTheTop()
    {
        Zone z;
        z.records[QStringLiteral("none.test")] = {QStringLiteral("some text")};
        QVERIFY(analyzeSpf(QStringLiteral("none.test"), z.lookup()).records.isEmpty());
        QVERIFY(analyzeSpf(QStringLiteral("nxdomain.test"), z.lookup()).records.isEmpty());
        z.records[QStringLiteral("two.test")] = {QStringLiteral("v=spf1 -all"), QStringLiteral("v=spf1 mx ~all")};
        QCOMPARE(analyzeSpf(QStringLiteral("two.test"), z.lookup()).records.size(), 2);
    }

    /** check_host() as a receiver runs it, over tables of TXT, address and MX records. */
    void evaluate_data()
    {
        QTest::addColumn<QStringList>("dns"); // "txt NAME=RECORD", "addr NAME=IP", "mx DOMAIN=HOST"
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("result");
        const auto z = [](std::initializer_list<const char *> lines) {
            QStringList out;
            for (const char *l : lines)
                out << QString::fromUtf8(l);
            return out;
        };
        const QStringList base = z({"txt d.test=v=spf1 ip4:192.0.2.0/25 a mx include:_spf.provider.test -all",
                                    "addr d.test=198.51.100.1", "mx d.test=mx.d.test", "addr mx.d.test=203.0.113.5",
                                    "addr mx.d.test=2001:db8::5", "txt _spf.provider.test=v=spf1 ip6:2001:db8:f::/48 ip4:198.51.100.128/25 ~all"});
        QTest::newRow("ip4-cidr") << base << "192.0.2.100" << "pass";
        QTest::newRow("ip4-outside-cidr") << base << "192.0.2.200" << "fail";
        QTest::newRow("a") << base << "198.51.100.1" << "pass";
        QTest::newRow("mx") << base << "203.0.113.5" << "pass";
        QTest::newRow("mx-ipv6") << base << "2001:db8::5" << "pass";
        QTest::newRow("include-ip4") << base << "198.51.100.200" << "pass";
        QTest::newRow("include-ip6") << base << "2001:db8:f::99" << "pass";
        // The include's ~all is not a match: the outer -all decides (RFC 7208 5.2).
        QTest::newRow("include-softfail-is-no-match") << base << "233.252.0.1" << "fail";
        QTest::newRow("softfail") << z({"txt d.test=v=spf1 ip4:192.0.2.1 ~all"}) << "192.0.2.9" << "softfail";
        QTest::newRow("neutral-no-all") << z({"txt d.test=v=spf1 ip4:192.0.2.1"}) << "192.0.2.9" << "neutral";
        QTest::newRow("pass-all") << z({"txt d.test=v=spf1 +all"}) << "233.252.0.1" << "pass";
        QTest::newRow("first-match-wins") << z({"txt d.test=v=spf1 -ip4:192.0.2.9 ip4:192.0.2.0/24 -all"}) << "192.0.2.9" << "fail";
        QTest::newRow("a-with-cidr") << z({"txt d.test=v=spf1 a:web.d.test/24 -all", "addr web.d.test=192.0.2.1"}) << "192.0.2.77"
                                     << "pass";
        QTest::newRow("redirect") << z({"txt d.test=v=spf1 redirect=_spf.d.test", "txt _spf.d.test=v=spf1 ip4:192.0.2.9 -all"})
                                  << "192.0.2.9" << "pass";
        QTest::newRow("none") << z({"txt d.test=hello"}) << "192.0.2.9" << "none";
        QTest::newRow("loop") << z({"txt d.test=v=spf1 include:a.test -all", "txt a.test=v=spf1 include:d.test -all"})
                              << "192.0.2.9" << "permerror";
        QTest::newRow("include-without-spf") << z({"txt d.test=v=spf1 include:gone.test -all"}) << "192.0.2.9" << "permerror";
        QTest::newRow("syntax-error") << z({"txt d.test=v=spf1 ip4:300.1.1.1 -all"}) << "192.0.2.9" << "permerror";
        QTest::newRow("eleven-lookups") << z({"txt d.test=v=spf1 a:a1.test a:a2.test a:a3.test a:a4.test a:a5.test a:a6.test "
                                              "a:a7.test a:a8.test a:a9.test a:a10.test a:a11.test -all"})
                                        << "192.0.2.9" << "permerror";
        QTest::newRow("dns-error") << z({"txt d.test=v=spf1 include:a.test -all", "txt a.test=!error"}) << "192.0.2.9"
                                   << "temperror";
    }
    void evaluate()
    {
        QFETCH(QStringList, dns);
        QFETCH(QString, ip);
        QFETCH(QString, result);
        Zone z;
        QHash<QString, QList<QHostAddress>> addresses;
        QHash<QString, QStringList> mx;
        for (const QString &line : dns) {
            const QString kind = line.section(QLatin1Char(' '), 0, 0);
            const QString rest = line.section(QLatin1Char(' '), 1);
            const qsizetype eq = rest.indexOf(QLatin1Char('='));
            const QString name = rest.left(eq), value = rest.mid(eq + 1);
            if (kind == QLatin1String("txt"))
                z.records[name] << value;
            else if (kind == QLatin1String("addr"))
                addresses[name] << QHostAddress(value);
            else
                mx[name] << value;
        }
        SpfDns d;
        d.txt = z.lookup();
        d.addresses = [&](const QString &name) -> Result<QList<QHostAddress>> { return addresses.value(name); };
        d.mxHosts = [&](const QString &name) -> Result<QStringList> { return mx.value(name); };
        QString why;
        const SpfResult r = evaluateSpf(QHostAddress(ip), QStringLiteral("d.test"), d, &why);
        QVERIFY2(spfResultName(r) == result, qPrintable(spfResultName(r) + QStringLiteral(": ") + why));
        QVERIFY(!why.isEmpty());
    }

    /** Every record includes five others, forever: the walk stops at kMaxRecordsFetched. */
    void hostileFanOutIsBounded()
    {
        Zone z;
        int n = 0;
        for (int i = 0; i < 2000; ++i) {
            QString rec = QStringLiteral("v=spf1");
            for (int j = 0; j < 5; ++j)
                rec += QStringLiteral(" include:n%1.test").arg(++n);
            rec += QStringLiteral(" -all");
            z.records[i == 0 ? QStringLiteral("fan.test") : QStringLiteral("n%1.test").arg(i)] = {rec};
        }
        const SpfAnalysis a = analyzeSpf(QStringLiteral("fan.test"), z.lookup());
        QVERIFY(a.truncated);
        QVERIFY2(z.asked <= kMaxRecordsFetched, qPrintable(QString::number(z.asked)));
        QVERIFY(a.lookups > kSpfLookupLimit);
    }
};

QTEST_GUILESS_MAIN(TestSpf)
#include "tst_spf.moc"
