// store::TrendReader on real SQLite files: every filter combination reads an index alone (no
// table look-up per row), both plans return the same rows, newest-first order holds with ties.
#include "store/Store.h"
#include "store/TrendReader.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace mailtide;
using namespace mailtide::store;

namespace {

QVector<TrendSelection> everyCombination()
{
    QVector<TrendSelection> out;
    for (int mask = 0; mask < 32; ++mask) {
        TrendSelection s;
        if (mask & 1)
            s.account = QStringLiteral("a");
        if (mask & 2)
            s.folder = QStringLiteral("Junk");
        if (mask & 4)
            s.fromUtc = 1700000000;
        if (mask & 8)
            s.toUtc = 1710000000;
        if (mask & 16)
            s.verdict = 1;
        out << s;
    }
    return out;
}

QString describe(const TrendSelection &s)
{
    return QStringLiteral("account=%1 folder=%2 from=%3 to=%4 verdict=%5")
        .arg(s.account, s.folder)
        .arg(s.fromUtc ? *s.fromUtc : -1)
        .arg(s.toUtc ? *s.toUtc : -1)
        .arg(s.verdict ? *s.verdict : -1);
}

} // namespace

class TestTrendReader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        auto st = Store::open(m_dir.filePath(QStringLiteral("r.db")));
        QVERIFY(st);
        m_store = std::move(st.value());
        Store &s = *m_store;
        const qint64 a = s.ensureLocalAccount(QStringLiteral("a"), {}).value();
        const qint64 b = s.ensureLocalAccount(QStringLiteral("b"), {}).value();
        const qint64 folders[4] = {s.ensureFolder(a, QStringLiteral("INBOX")).value(),
                                   s.ensureFolder(a, QStringLiteral("Junk")).value(),
                                   s.ensureFolder(b, QStringLiteral("INBOX")).value(),
                                   s.ensureFolder(b, QStringLiteral("Junk")).value()};
        QRandomGenerator rng(42);
        Transaction tx(s.db());
        auto ins = s.inserter();
        QVERIFY(ins);
        for (int i = 0; i < 3000; ++i) {
            NewMessage m;
            const int w = int(rng.bounded(4));
            m.accountId = w < 2 ? a : b;
            m.folderId = folders[w];
            m.localKey = QStringLiteral("k%1").arg(i);
            // Coarse times (whole hours over two years): many messages share one instant.
            m.receivedUtc = 1690000000 + qint64(rng.bounded(2 * 365 * 24)) * 3600;
            m.receivedSource = ReceivedSource::Received;
            m.size = 1;
            if (const int v = int(rng.bounded(4)); v < 3)
                m.verdict = v;
            QVERIFY(ins->insert(m));
        }
        QVERIFY(tx.commit());
    }

    void everyFilterReadsAnIndexAlone()
    {
        for (const TrendSelection &sel : everyCombination()) {
            const QByteArray sql = "EXPLAIN QUERY PLAN " + TrendReader::timeSql(sel);
            auto plan = m_store->db().prepare(sql.constData());
            QVERIFY2(plan, qPrintable(describe(sel)));
            int reads = 0;
            while (plan->step()) {
                const QString detail = plan->text(3);
                if (!detail.startsWith(QLatin1String("SCAN messages")) && !detail.startsWith(QLatin1String("SEARCH messages")))
                    continue;
                if (detail.startsWith(QLatin1String("SCAN messages_")) || detail.startsWith(QLatin1String("SEARCH messages_")))
                    continue;
                ++reads;
                QVERIFY2(detail.contains(QLatin1String("USING COVERING INDEX messages_")),
                         qPrintable(describe(sel) + QStringLiteral(": ") + detail));
                // A chosen folder or account reads only its folders' entries; a time range only its span.
                if (!sel.folder.isEmpty() || !sel.account.isEmpty())
                    QVERIFY2(detail.contains(QLatin1String("messages_folder_time (folder_id=?")), qPrintable(detail));
                else if (sel.fromUtc || sel.toUtc)
                    QVERIFY2(detail.contains(QLatin1String("messages_time (received_utc")), qPrintable(detail));
            }
            QVERIFY2(reads == 1, qPrintable(describe(sel)));
            QVERIFY(!plan->error());
        }
    }

    void bothPlansReadTheSameRows()
    {
        TrendReader reader(m_store->db());
        for (TrendSelection sel : everyCombination()) {
            QVector<std::pair<qint64, int>> covering, scan;
            sel.plan = TrendPlan::Covering;
            QVERIFY(reader.forEachTime(sel, [&](qint64 u, int v) { covering.push_back({u, v}); return true; }));
            sel.plan = TrendPlan::TableScan;
            QVERIFY(reader.forEachTime(sel, [&](qint64 u, int v) { scan.push_back({u, v}); return true; }));
            QVERIFY2(!covering.isEmpty(), qPrintable(describe(sel)));
            // The covering read comes in time order when no folder or account is chosen.
            if (sel.folder.isEmpty() && sel.account.isEmpty())
                QVERIFY(std::is_sorted(covering.begin(), covering.end(),
                                       [](const auto &x, const auto &y) { return x.first < y.first; }));
            std::sort(covering.begin(), covering.end());
            std::sort(scan.begin(), scan.end());
            QVERIFY2(covering == scan, qPrintable(describe(sel)));
        }
    }

    void newestFirstBreaksTiesById()
    {
        TrendReader reader(m_store->db());
        for (const TrendSelection &sel : everyCombination()) {
            QVector<std::tuple<qint64, int, qint64>> rows;
            QVERIFY(reader.forEachNewest(sel, [&](qint64 u, int v, qint64 id) { rows.push_back({u, v, id}); return true; }));
            QVector<std::pair<qint64, int>> byTime;
            for (const auto &[u, v, id] : rows)
                byTime.push_back({u, v});
            QVERIFY2(std::is_sorted(rows.begin(), rows.end(),
                                    [](const auto &x, const auto &y) {
                                        return std::tie(std::get<0>(y), std::get<2>(y)) < std::tie(std::get<0>(x), std::get<2>(x));
                                    }),
                     qPrintable(describe(sel)));
            QVector<std::pair<qint64, int>> all;
            QVERIFY(reader.forEachTime(sel, [&](qint64 u, int v) { all.push_back({u, v}); return true; }));
            std::sort(all.begin(), all.end());
            std::sort(byTime.begin(), byTime.end());
            QVERIFY2(all == byTime, qPrintable(describe(sel)));
        }
    }

    void stopsWhenAsked()
    {
        TrendReader reader(m_store->db());
        int n = 0;
        QVERIFY(reader.forEachNewest({}, [&](qint64, int, qint64) { return ++n < 10; }));
        QCOMPARE(n, 10);
    }
};

QTEST_GUILESS_MAIN(TestTrendReader)
#include "tst_trendreader.moc"
