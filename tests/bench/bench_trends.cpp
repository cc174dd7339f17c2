// bench_trends [ROWS] [DB]: times each trend aggregation on a generated profile of ROWS messages
// (default 200,000) spread over three years, in Europe/Paris; and the time-zone conversion alone,
// LocalClock against QTimeZone::offsetFromUtc per row. Not a test: prints figures.
#include "store/Store.h"
#include "trends/Aggregate.h"
#include "trends/Calendar.h"
#include "trends/Campaigns.h"
#include "trends/LocalClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace mailtide;

namespace {
template<typename Fn>
void timeIt(const char *what, Fn &&fn)
{
    QElapsedTimer t;
    t.start();
    const bool ok = fn();
    std::printf("%-34s %8.1f ms%s\n", what, double(t.nsecsElapsed()) / 1e6, ok ? "" : "  (FAILED)");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    auto st = store::Store::open(path);
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return 1;
    }
    auto &s = *st.value();
    auto have = s.messageCount();
    if (have && have.value() < rows) {
        const qint64 account = s.ensureLocalAccount(QStringLiteral("bench"), QStringLiteral("/bench")).value();
        const qint64 folder = s.ensureFolder(account, QStringLiteral("INBOX")).value();
        QRandomGenerator rng(5);
        static const char *const words[] = {"cheap", "meds", "replica", "watches", "invoice", "payment", "account",
                                            "verify", "winner", "prize", "loan", "offer", "christmas", "black",
                                            "friday", "diet", "tax", "refund", "delivery", "parcel"};
        QElapsedTimer fill;
        fill.start();
        store::Transaction tx(s.db());
        auto ins = s.inserter();
        const qint64 start = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (qint64 i = have.value(); i < rows; ++i) {
            store::NewMessage m;
            m.accountId = account;
            m.folderId = folder;
            m.localKey = QStringLiteral("k%1").arg(i);
            m.receivedUtc = start + qint64(rng.bounded(3 * 365 * 86400));
            m.receivedSource = store::ReceivedSource::Received;
            m.subject = QStringLiteral("%1 %2 %3").arg(QLatin1String(words[rng.bounded(20)]), QLatin1String(words[rng.bounded(20)]),
                                                       QLatin1String(words[rng.bounded(20)]));
            m.size = 1000;
            m.verdict = int(rng.bounded(3));
            if (!ins->insert(m))
                return 1;
        }
        if (!tx.commit())
            return 1;
        std::printf("generated %d rows in %.1f s\n", rows, double(fill.elapsed()) / 1000);
    }
    trends::Filter f;
    f.zone = QTimeZone("Europe/Paris");
    std::printf("%d messages, zone %s\n", rows, f.zone.id().constData());
    auto &db = s.db();
    timeIt("weekday", [&] { return bool(trends::byWeekday(db, f)); });
    timeIt("weekday-hour", [&] { return bool(trends::byWeekdayHour(db, f)); });
    timeIt("weekday-hour (again, warm)", [&] { return bool(trends::byWeekdayHour(db, f)); });
    timeIt("hour", [&] { return bool(trends::byHour(db, f)); });
    timeIt("timeline day", [&] { return bool(trends::timeline(db, f, trends::Granularity::Day)); });
    timeIt("timeline month", [&] { return bool(trends::timeline(db, f, trends::Granularity::Month)); });
    timeIt("season (month of year)", [&] { return bool(trends::bySeason(db, f, trends::SeasonKind::MonthOfYear)); });
    timeIt("season (ISO week of year)", [&] { return bool(trends::bySeason(db, f, trends::SeasonKind::IsoWeekOfYear)); });
    const auto cal = trends::Calendar::load().value();
    timeIt("season campaigns", [&] { return bool(trends::seasonCampaigns(db, f, cal)); });
    trends::Filter spam = f;
    spam.verdict = trends::VerdictFilter::Spam;
    timeIt("bursts (spam)", [&] { return bool(trends::bursts(db, spam)); });

    // The conversion alone on 100,000 ascending instants.
    QVector<qint64> instants;
    const qint64 t0 = QDateTime(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < 100000; ++i)
        instants << t0 + qint64(i) * 947; // about three years
    qint64 sink = 0;
    QElapsedTimer t;
    t.start();
    trends::LocalClock clock(f.zone);
    for (qint64 u : instants)
        sink += clock.at(u).hour;
    const double clockMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    for (qint64 u : instants)
        sink += f.zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(u, QTimeZone::utc()));
    const double qtMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("100k conversions: LocalClock %.2f ms (%d zone look-ups), offsetFromUtc per row %.1f ms  [%lld]\n",
                clockMs, clock.lookups(), qtMs, static_cast<long long>(sink % 7));
    return 0;
}
