// The aggregations and "messages in this bar", as the product runs them (the covering-index read,
// schema 5) and as before (a table scan), against a straightforward per-row computation written
// here — QDateTime::fromSecsSinceEpoch(utc, zone) for every message, no LocalClock — on a random
// fixture of a few thousand messages, in zones with 45-minute offsets (Asia/Kathmandu,
// Pacific/Chatham), a 30-minute DST shift (Australia/Lord_Howe), a half-hour offset with DST
// (America/St_Johns), and the usual ones; messages are packed around each zone's transitions.
#include "TrendFixture.h"
#include "trends/Aggregate.h"
#include "trends/Bucket.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace mailtide;
using namespace mailtide::trends;
using mailtide::testing::TrendFixture;

namespace {

struct Row
{
    qint64 id;
    qint64 utc;
    int verdict; // -1: not classified
    QString account;
    QString folder;
};

struct Local
{
    QDate date;
    int hour;
};

Local localOf(qint64 utc, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(utc, zone);
    return {t.date(), t.time().hour()};
}

QDate periodStart(const QDate &d, Granularity g)
{
    switch (g) {
    case Granularity::Day: return d;
    case Granularity::Week: return d.addDays(1 - d.dayOfWeek());
    case Granularity::Month: return QDate(d.year(), d.month(), 1);
    }
    return d;
}

const char *const kZones[] = {"UTC", "Europe/Paris", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe",
                              "America/St_Johns", "Pacific/Chatham"};

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT
private:
    TrendFixture m_fx;
    QVector<Row> m_rows;

    bool selected(const Row &r, const Filter &f, const Local &l) const
    {
        if (!f.account.isEmpty() && r.account != f.account)
            return false;
        if (!f.folder.isEmpty() && r.folder != f.folder)
            return false;
        if (f.from && l.date < *f.from)
            return false;
        if (f.to && l.date > *f.to)
            return false;
        switch (f.verdict) {
        case VerdictFilter::All: return true;
        case VerdictFilter::Spam: return r.verdict == 1;
        case VerdictFilter::Ham: return r.verdict == 0;
        case VerdictFilter::Unsure: return r.verdict == 2;
        }
        return false;
    }

    QVector<Filter> filters(const char *zone) const
    {
        Filter base;
        base.zone = QTimeZone(QByteArray(zone));
        QVector<Filter> out;
        out << base;
        Filter f = base;
        f.account = QStringLiteral("b");
        out << f;
        f = base;
        f.folder = QStringLiteral("Junk");
        out << f;
        f = base;
        f.from = QDate(2023, 3, 20);
        f.to = QDate(2024, 4, 10);
        out << f;
        f = base;
        f.verdict = VerdictFilter::Spam;
        out << f;
        f.account = QStringLiteral("a");
        f.folder = QStringLiteral("INBOX");
        f.from = QDate(2023, 10, 1);
        f.to = QDate(2024, 10, 31);
        out << f;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const qint64 folders[4] = {m_fx.folder(QStringLiteral("a"), QStringLiteral("INBOX")),
                                   m_fx.folder(QStringLiteral("a"), QStringLiteral("Junk")),
                                   m_fx.folder(QStringLiteral("b"), QStringLiteral("INBOX")),
                                   m_fx.folder(QStringLiteral("b"), QStringLiteral("Junk"))};
        const QString accounts[4] = {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b")};
        const QString names[4] = {QStringLiteral("INBOX"), QStringLiteral("Junk"), QStringLiteral("INBOX"),
                                  QStringLiteral("Junk")};
        // Instants: uniform over 2022-2025, and within two hours of every transition of every zone.
        const qint64 t0 = TrendFixture::utc(QStringLiteral("2022-01-01T00:00:00Z"));
        const qint64 t1 = TrendFixture::utc(QStringLiteral("2025-12-31T00:00:00Z"));
        QVector<qint64> transitions;
        for (const char *z : kZones) {
            const QTimeZone zone{QByteArray(z)};
            QVERIFY2(zone.isValid(), z);
            for (const auto &t : zone.transitions(QDateTime::fromSecsSinceEpoch(t0, QTimeZone::utc()),
                                                  QDateTime::fromSecsSinceEpoch(t1, QTimeZone::utc())))
                transitions << t.atUtc.toSecsSinceEpoch();
        }
        // Two a year in each of the five zones with DST.
        QVERIFY2(transitions.size() >= 40, qPrintable(QString::number(transitions.size())));
        QRandomGenerator rng(2024);
        for (int i = 0; i < 4000; ++i) {
            qint64 utc;
            if (i % 2 == 0)
                utc = t0 + qint64(rng.bounded(quint32(t1 - t0)));
            else // a whole or odd minute near a transition, often exactly on one
                utc = transitions[rng.bounded(int(transitions.size()))] + (qint64(rng.bounded(241)) - 120) * 60
                      - (i % 3 == 0 ? 0 : qint64(rng.bounded(60)));
            const int w = int(rng.bounded(4));
            const int v = int(rng.bounded(4)) - 1;
            m_fx.add(folders[w], utc, v);
            m_rows.push_back({i + 1, utc, v, accounts[w], names[w]}); // ids: 1.. in insert order (fresh table)
        }
        m_fx.commit();
    }

    void aggregationsAgree_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("plan");
        for (const char *z : kZones) {
            QTest::newRow(qPrintable(QStringLiteral("%1 covering").arg(QLatin1String(z))))
                << QByteArray(z) << int(store::TrendPlan::Covering);
            QTest::newRow(qPrintable(QStringLiteral("%1 table scan").arg(QLatin1String(z))))
                << QByteArray(z) << int(store::TrendPlan::TableScan);
        }
    }

    void aggregationsAgree()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, plan);
        for (Filter f : filters(zone.constData())) {
            f.plan = store::TrendPlan(plan);
            const QString what = f.describe();
            // The per-row computation.
            std::array<Counts, 7> days{};
            std::array<Counts, 24> hours{};
            std::array<std::array<Counts, 24>, 7> cells{};
            std::map<QDate, Counts> perDay;
            QDate first, last;
            for (const Row &r : std::as_const(m_rows)) {
                const Local l = localOf(r.utc, f.zone);
                if (!selected(r, f, l))
                    continue;
                const int wd = l.date.dayOfWeek();
                days[wd - 1].add(r.verdict);
                hours[l.hour].add(r.verdict);
                cells[wd - 1][l.hour].add(r.verdict);
                perDay[l.date].add(r.verdict);
                first = first.isValid() ? std::min(first, l.date) : l.date;
                last = last.isValid() ? std::max(last, l.date) : l.date;
            }
            QVERIFY2(!perDay.empty(), qPrintable(what));
            const QDate rFirst = f.from ? *f.from : first, rLast = f.to ? *f.to : last;

            auto w = byWeekday(m_fx.db(), f);
            QVERIFY2(w, qPrintable(what));
            QVERIFY2(w->days == days, qPrintable(what));
            QCOMPARE(w->range.first, rFirst);
            QCOMPARE(w->range.last, rLast);
            auto h = byHour(m_fx.db(), f);
            QVERIFY2(h && h->hours == hours, qPrintable(what));
            auto c = byWeekdayHour(m_fx.db(), f);
            QVERIFY2(c && c->cells == cells, qPrintable(what));

            for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month}) {
                std::map<QDate, Counts> periods;
                for (const auto &[d, n] : perDay)
                    periods[periodStart(d, g)] += n;
                auto t = timeline(m_fx.db(), f, g);
                QVERIFY2(t, qPrintable(what));
                QCOMPARE(t->points.first().start, periodStart(rFirst, g));
                QCOMPARE(t->points.last().start, periodStart(rLast, g));
                for (const TimelinePoint &p : t->points)
                    QVERIFY2(p.counts == (periods.count(p.start) ? periods[p.start] : Counts{}),
                             qPrintable(what + QStringLiteral(" ") + p.label));
            }
            for (SeasonKind k : {SeasonKind::MonthOfYear, SeasonKind::IsoWeekOfYear}) {
                std::map<std::pair<int, int>, Counts> slots;
                for (const auto &[d, n] : perDay) {
                    int year = d.year(), slot = d.month();
                    if (k == SeasonKind::IsoWeekOfYear)
                        slot = d.weekNumber(&year);
                    slots[{year, slot}] += n;
                }
                auto s = bySeason(m_fx.db(), f, k);
                QVERIFY2(s, qPrintable(what));
                qint64 seen = 0;
                for (const YearSeries &y : s->years)
                    for (int i = 0; i < y.slots.size(); ++i) {
                        const auto it = slots.find({y.year, i + 1});
                        QVERIFY2(y.slots[i] == (it != slots.end() ? it->second : Counts{}),
                                 qPrintable(what + QStringLiteral(" %1/%2").arg(y.year).arg(i + 1)));
                        seen += y.slots[i].total;
                    }
                qint64 expected = 0;
                for (const auto &[key, n] : slots)
                    expected += n.total;
                QCOMPARE(seen, expected);
            }
        }
    }

    void bucketsAgree_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *z : kZones)
            QTest::newRow(z) << QByteArray(z);
    }

    void bucketsAgree()
    {
        // Every bucket of a few kinds, all its messages (a page larger than the fixture) and
        // the first page of 7, against the per-row computation, newest first.
        QFETCH(QByteArray, zone);
        const QVector<Filter> fs = filters(zone.constData());
        for (const Filter &f : {fs[0], fs[5]}) {
            QVector<Bucket> buckets;
            for (int d = 1; d <= 7; ++d)
                buckets << Bucket::ofWeekday(d) << Bucket::ofCell(d, 2) << Bucket::ofCell(d, 23);
            for (int h = 0; h < 24; ++h)
                buckets << Bucket::ofHour(h);
            // Days, weeks and months holding a transition of Lord Howe (first Sundays of April
            // and October) and of Europe and North America (last Sunday of March, first of
            // November).
            for (const QDate &d : {QDate(2023, 4, 2), QDate(2023, 10, 1), QDate(2024, 3, 31), QDate(2024, 11, 3)})
                buckets << Bucket::ofPeriod(Granularity::Day, d) << Bucket::ofPeriod(Granularity::Week, d)
                        << Bucket::ofPeriod(Granularity::Month, d);
            buckets << Bucket::ofSeason(SeasonKind::MonthOfYear, 2024, 3) << Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2022, 52)
                    << Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2026, 53) << Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2020, 53)
                    << Bucket::ofSeason(SeasonKind::IsoWeekOfYear, 2022, 53); // 2022 has 52 weeks
            for (const Bucket &b : std::as_const(buckets)) {
                QVector<std::pair<qint64, qint64>> expected; // (utc, id)
                for (const Row &r : std::as_const(m_rows)) {
                    const Local l = localOf(r.utc, f.zone);
                    if (!selected(r, f, l))
                        continue;
                    LocalTime t;
                    t.day = LocalClock::dayOf(l.date);
                    t.hour = l.hour;
                    t.weekday = l.date.dayOfWeek();
                    bool in = false;
                    switch (b.kind) {
                    case Bucket::Kind::Weekday: in = t.weekday == b.weekday; break;
                    case Bucket::Kind::Hour: in = t.hour == b.hour; break;
                    case Bucket::Kind::WeekdayHour: in = t.weekday == b.weekday && t.hour == b.hour; break;
                    case Bucket::Kind::Period: in = periodStart(l.date, b.granularity) == b.start; break;
                    case Bucket::Kind::Season: {
                        int year = l.date.year(), slot = l.date.month();
                        if (b.season == SeasonKind::IsoWeekOfYear)
                            slot = l.date.weekNumber(&year);
                        in = year == b.year && slot == b.slot;
                        break;
                    }
                    }
                    if (in)
                        expected.push_back({r.utc, r.id});
                }
                std::sort(expected.begin(), expected.end(), std::greater<>());
                QVector<qint64> ids;
                for (const auto &[u, id] : expected)
                    ids << id;
                auto all = messagesIn(m_fx.db(), f, b, 100000);
                QVERIFY2(all, qPrintable(f.describe()));
                QVERIFY2(all->ids == ids, qPrintable(f.describe() + QStringLiteral(" bucket kind %1").arg(int(b.kind))));
                QVERIFY(!all->next);
                // Paged by 7: the same ids, in the same order.
                QVector<qint64> paged;
                std::optional<BucketCursor> cursor;
                int pages = 0;
                do {
                    auto p = messagesIn(m_fx.db(), f, b, 7, cursor);
                    QVERIFY(p);
                    QVERIFY(p->ids.size() <= 7);
                    paged += p->ids;
                    cursor = p->next;
                    QVERIFY(++pages < 2000);
                } while (cursor);
                QVERIFY2(paged == ids, qPrintable(f.describe() + QStringLiteral(" bucket kind %1").arg(int(b.kind))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
