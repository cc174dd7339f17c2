// The self-check's history: runs kept in the profile and read back whole, pruned per domain, and
// the changes a scheduled re-check reports (new, gone, worse, better; info/ok noise ignored).
#include "selfcheck/SelfCheckHistory.h"
#include "store/Database.h"

#include <QTest>

using namespace mailtide;
using namespace mailtide::selfcheck;

namespace {

Finding finding(const char *id, Severity s, const char *subject = "example.test")
{
    return {QString::fromLatin1(id), s, QString::fromLatin1(subject), QStringLiteral("title of %1").arg(QLatin1String(id)),
            QStringLiteral("fix"), QStringLiteral("detail")};
}

Report report(qint64 when, std::initializer_list<Finding> findings, const char *domain = "example.test")
{
    Report r;
    r.domain = QString::fromLatin1(domain);
    r.checkedUtc = when;
    r.dnsServer = QStringLiteral("127.0.0.1:53");
    for (const Finding &f : findings)
        r.add(f);
    return r;
}

std::unique_ptr<store::Database> memoryDb()
{
    auto db = store::Database::open(QStringLiteral(":memory:"));
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(db.value());
}

} // namespace

class TestSelfCheckHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const Report r = report(1'800'000'000, {finding("spf.ok", Severity::Ok), finding("dmarc.p-none", Severity::Warning, "_dmarc.example.test")});
        auto back = reportFromJson(toJson(r));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->domain, r.domain);
        QCOMPARE(back->checkedUtc, r.checkedUtc);
        QCOMPARE(back->dnsServer, r.dnsServer);
        QCOMPARE(back->findings.size(), 2);
        QCOMPARE(back->worst(), Severity::Warning);
        const Finding f = back->withId(QStringLiteral("dmarc.p-none")).value(0);
        QCOMPARE(f.subject, QStringLiteral("_dmarc.example.test"));
        QCOMPARE(f.fix, QStringLiteral("fix"));
        QCOMPARE(f.detail, QStringLiteral("detail"));
    }

    void garbageIsAnError()
    {
        QVERIFY(!reportFromJson("not json"));
        QVERIFY(!reportFromJson("[1,2]"));
        QVERIFY(!reportFromJson(R"({"domain":"x","findings":[{"id":"a","severity":"purple"}]})"));
        QVERIFY(!reportFromJson(R"({"findings":[]})"));
    }

    void savedRunsComeBackNewestFirstAndArePruned()
    {
        auto db = memoryDb();
        for (int i = 0; i < 5; ++i)
            QVERIFY(saveRun(*db, report(1000 + i, {finding("n", i < 3 ? Severity::Ok : Severity::Severe)}), 3));
        QVERIFY(saveRun(*db, report(5000, {finding("other", Severity::Warning)}, "other.test"), 3));

        auto all = runs(*db, QStringLiteral("example.test"));
        QVERIFY(all);
        QCOMPARE(all->size(), 3); // keep = 3: the two oldest went
        QCOMPARE(all->at(0).checkedUtc, 1004);
        QCOMPARE(all->at(2).checkedUtc, 1002);
        QCOMPARE(all->at(0).worst, Severity::Severe);
        QCOMPARE(all->at(2).worst, Severity::Ok);

        auto last = lastRun(*db, QStringLiteral("example.test"));
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->checkedUtc, 1004);
        auto before = lastRun(*db, QStringLiteral("example.test"), 1004);
        QVERIFY(before && before->has_value());
        QCOMPARE((*before)->checkedUtc, 1003);
        auto none = lastRun(*db, QStringLiteral("nobody.test"));
        QVERIFY(none && !none->has_value());
        // The other domain's run was not pruned by example.test's.
        QCOMPARE(runs(*db, QStringLiteral("other.test"))->size(), 1);
    }

    void aDamagedRowIsSkipped()
    {
        auto db = memoryDb();
        QVERIFY(saveRun(*db, report(1000, {finding("a", Severity::Warning)})));
        QVERIFY(db->exec("INSERT INTO selfcheck_runs (domain, checked_utc, worst, report) VALUES ('example.test', 2000, 'ok', 'garbage')"));
        auto last = lastRun(*db, QStringLiteral("example.test"));
        QVERIFY(last);
        // The newest row is garbage: it is skipped and the run before it is the last one.
        QVERIFY(last->has_value());
        QCOMPARE((*last)->checkedUtc, 1000);
        auto all = runs(*db, QStringLiteral("example.test"));
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().checkedUtc, 1000);
    }

    void changes()
    {
        const Report before = report(1000, {finding("spf.ok", Severity::Ok), finding("dmarc.p-none", Severity::Warning),
                                            finding("mx.no-rdns", Severity::Warning, "mx.example.test"),
                                            finding("mta-sts.missing", Severity::Info),
                                            finding("dnsbl.listed", Severity::Severe, "192.0.2.20")});
        const Report after = report(2000, {finding("spf.ok", Severity::Ok),
                                           finding("dmarc.p-none", Severity::Severe),                  // worse
                                           finding("mx.no-rdns", Severity::Ok, "mx.example.test"),      // better
                                           finding("tlsrpt.missing", Severity::Info),                  // new, info: no change
                                           finding("smtp.open-relay", Severity::Severe, "mx:25"),       // new
                                           finding("dnsbl.listed", Severity::Severe, "192.0.2.21")}); // new (other IP); .20 gone
        const QList<FindingChange> c = changesBetween(before, after);
        QCOMPARE(c.size(), 5);
        // New and worse problems first, severe before warning.
        QCOMPARE(c.at(0).finding.severity, Severity::Severe);
        QVERIFY(c.at(0).kind == FindingChange::Worse || c.at(0).kind == FindingChange::New);
        QSet<QString> seen;
        for (const FindingChange &x : c)
            seen << QStringLiteral("%1 %2 %3").arg(int(x.kind)).arg(x.finding.id, x.finding.subject);
        QVERIFY(seen.contains(QStringLiteral("%1 dmarc.p-none example.test").arg(int(FindingChange::Worse))));
        QVERIFY(seen.contains(QStringLiteral("%1 mx.no-rdns mx.example.test").arg(int(FindingChange::Better))));
        QVERIFY(seen.contains(QStringLiteral("%1 smtp.open-relay mx:25").arg(int(FindingChange::New))));
        QVERIFY(seen.contains(QStringLiteral("%1 dnsbl.listed 192.0.2.21").arg(int(FindingChange::New))));
        QVERIFY(seen.contains(QStringLiteral("%1 dnsbl.listed 192.0.2.20").arg(int(FindingChange::Gone))));
        // Better and gone come after the problems.
        QVERIFY(c.at(3).kind == FindingChange::Better || c.at(3).kind == FindingChange::Gone);
        QVERIFY(c.at(4).kind == FindingChange::Better || c.at(4).kind == FindingChange::Gone);

        const QStringList lines = describeChanges(c);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("192.0.2.21: title of dnsbl.listed")));
        QVERIFY(lines.first().contains(QStringLiteral("severe")));

        QVERIFY(changesBetween(after, after).isEmpty());

        // A check that did not run is not "gone": no smtp.* finding at all (the relay test not
        // asked for), block lists off, no mailbox read. A check that ran and no longer finds it is.
        const Report withAll = report(3000, {finding("smtp.open-relay", Severity::Severe, "mx:25"),
                                             finding("dnsbl.listed", Severity::Severe, "192.0.2.20"),
                                             finding("mailbox.sent-spike", Severity::Severe, "Sent"),
                                             finding("spf.pass-all", Severity::Severe)});
        const Report dnsOnly = report(4000, {finding("dnsbl.off", Severity::Info), finding("spf.ok", Severity::Ok)});
        const QList<FindingChange> partial = changesBetween(withAll, dnsOnly);
        QCOMPARE(partial.size(), 1);
        QCOMPARE(partial.first().kind, FindingChange::Gone);
        QCOMPARE(partial.first().finding.id, QStringLiteral("spf.pass-all"));
        const Report relayClosed = report(5000, {finding("smtp.refuses-relay", Severity::Ok, "mx:25")});
        const QList<FindingChange> closed = changesBetween(withAll, relayClosed);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().finding.id, QStringLiteral("smtp.open-relay"));
        QCOMPARE(closed.first().kind, FindingChange::Gone);
        QVERIFY(changesBetween(report(1, {}), report(2, {finding("x.info", Severity::Info), finding("y.ok", Severity::Ok)})).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSelfCheckHistory)
#include "tst_selfcheckhistory.moc"
